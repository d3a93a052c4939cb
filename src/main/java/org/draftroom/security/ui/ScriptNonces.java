package org.draftroom.security.ui;

import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.draftroom.security.internal.ContentSecurityPolicy;

/**
 * Stamps the response's CSP nonce on the scripts of Vaadin's bootstrap page, so they run under a policy that
 * refuses every other inline script.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Object nonce = response.getVaadinRequest().getAttribute(ContentSecurityPolicy.NONCE);
            if (nonce == null) return;
            for (Element script : response.getDocument().select("script")) script.attr("nonce", nonce.toString());
        });
    }
}
