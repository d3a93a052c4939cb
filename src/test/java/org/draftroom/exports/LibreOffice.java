package org.draftroom.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code libreoffice --headless --convert-to pdf} (Debian: libreoffice-writer-nogui, fonts-noto-cjk) with
 * a private profile, so tests and benchmarks do not collide with another LibreOffice on the machine.
 */
public final class LibreOffice {
    private LibreOffice() {
    }

    public static byte[] docxToPdf(byte[] docx, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path in = workDir.resolve("document.docx");
        Files.write(in, docx);
        Path profile = workDir.resolve("lo-profile");
        Process process = new ProcessBuilder(List.of("libreoffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", workDir.toString(), in.toString()))
                .redirectErrorStream(true).redirectOutput(workDir.resolve("libreoffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("libreoffice did not finish within 180 s");
        }
        Path out = workDir.resolve("document.pdf");
        if (process.exitValue() != 0 || !Files.exists(out)) {
            throw new IllegalStateException("libreoffice failed (exit " + process.exitValue() + "): "
                    + Files.readString(workDir.resolve("libreoffice.log")));
        }
        byte[] pdf = Files.readAllBytes(out);
        Files.delete(out);
        return pdf;
    }
}
