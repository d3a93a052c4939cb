package org.draftroom.security.internal;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.draftroom.DraftroomSettings;

/**
 * The servlet container's multipart limits come from {@code draftroom.api.max-upload-bytes}, the one upload
 * setting, instead of Spring's own {@code spring.servlet.multipart.*} (Spring backs off when this bean exists).
 * An upload over it is refused with 413 (see {@code RequestSizeLimit} for bodies that declare their size).
 */
@Configuration
class UploadLimit {

    @Bean
    MultipartConfigElement multipartConfigElement(DraftroomSettings settings) {
        long max = settings.api().maxUploadBytes().toBytes();
        return new MultipartConfigElement("", max, max, 0);
    }
}
