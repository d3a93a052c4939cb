package org.draftroom.documents.ui;

import org.jsoup.Jsoup;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * The text a reader sees in a view, as {@link Element#getTextRecursively()} would give it, including the runs
 * written as HTML into an element's {@code innerHTML} (inline proposals, see {@link InlineContent}).
 */
public final class ShownText {
    private ShownText() {
    }

    public static String of(Component component) {
        return of(component.getElement());
    }

    public static String of(Element element) {
        if (element.isTextNode()) return element.getText();
        StringBuilder text = new StringBuilder();
        Object html = element.getPropertyRaw("innerHTML");
        if (html != null) text.append(Jsoup.parseBodyFragment(html.toString()).body().wholeText());
        element.getChildren().forEach(child -> text.append(of(child)));
        return text.toString();
    }
}
