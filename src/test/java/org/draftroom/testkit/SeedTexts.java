package org.draftroom.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.NotationImporter;

/**
 * The seed texts as the application ships them (classpath {@code seed/}, copies of the shared seed folder), read as
 * text or imported with the real importer.
 */
public final class SeedTexts {
    public static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    private static final NotationImporter IMPORTER = new NotationImporter(REGISTRY);

    private SeedTexts() {
    }

    public static String text(String resource) {
        try (InputStream in = SeedTexts.class.getResourceAsStream("/seed/" + resource)) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path shared = Path.of("../shared/seed", resource.substring(resource.lastIndexOf('/') + 1));
            if (!Files.exists(shared)) shared = Path.of("/work/shared/seed", shared.getFileName().toString());
            return Files.readString(shared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms of reference WO/PBC/34/15 as text. */
    public static String tor() {
        return text("tor-external-offices.zh.txt");
    }

    public static NegotiationDocument tor3415() {
        return IMPORTER.importText(text("tor-external-offices.zh.txt"), null).document();
    }

    public static NegotiationDocument tor3612Annex2() {
        return IMPORTER.importText(text("versions/tor-external-offices.pbc36-annex2.zh.txt"), null).document();
    }
}
