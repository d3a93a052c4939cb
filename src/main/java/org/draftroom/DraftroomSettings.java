package org.draftroom;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings every module shares, checked when the app starts: a missing or impossible value stops it with a
 * message naming the setting. Defaults: {@code application.yml}.
 *
 * @param dataDir where the data lives ({@code draftroom.data-dir}, made absolute by {@link DataDirectory}
 *                before anything binds it)
 * @param api     limits of the whole REST API ({@code draftroom.api.*}): the security filter enforces them and
 *                the API's error answers name them
 */
@ConfigurationProperties("draftroom")
public record DraftroomSettings(Path dataDir, @DefaultValue Api api) {
    public DraftroomSettings {
        if (dataDir == null) throw new IllegalArgumentException("draftroom.data-dir must be set");
    }

    /**
     * @param maxJsonBytes   largest request body other than an upload ({@code draftroom.api.max-json-bytes})
     * @param maxUploadBytes largest multipart upload, a document import ({@code draftroom.api.max-upload-bytes})
     */
    public record Api(DataSize maxJsonBytes, DataSize maxUploadBytes) {
        public Api {
            positive(maxJsonBytes, "draftroom.api.max-json-bytes");
            positive(maxUploadBytes, "draftroom.api.max-upload-bytes");
        }

        private static void positive(DataSize size, String name) {
            if (size == null) throw new IllegalArgumentException(name + " must be set (bytes, or e.g. 5MB)");
            if (size.toBytes() <= 0) throw new IllegalArgumentException(name + " must be positive, was " + size);
        }
    }
}
