package org.draftroom.exports.internal.seed;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.draftroom.documents.DocumentService;
import org.draftroom.exports.Bundle;
import org.draftroom.exports.VersionService;

/**
 * A/64/7 as the seed has it: the cover note, WO/PBC/35/7 with the terms of reference as its Annex (version 2)
 * and WO/PBC/36/12 with them as Annex II (version 3). The budget pages (35/7 Annex II, 36/12 Annex I) are not
 * modelled yet and are left out.
 */
@Component
public class DemoBundles {
    static final String COVER = "seed/versions/a64-7-cover.zh.txt";
    private final DocumentService documents;
    private final VersionService versions;

    DemoBundles(DocumentService documents, VersionService versions) {
        this.documents = documents;
        this.versions = versions;
    }

    /** Present once the seed has recorded the three versions of WO/PBC/34/15. */
    public Optional<Bundle> a64_7() {
        return documents.list().stream().filter(d -> "WO/PBC/34/15".equals(d.symbol().trim()))
                .filter(d -> versions.versions(d.id()).size() >= 3).findFirst()
                .map(tor -> new Bundle(ExportsDemoSeed.read(COVER), List.of(
                        new Bundle.Issued("WO/PBC/35/7", List.of(new Bundle.Annex(tor.id(), "2", "附件"))),
                        new Bundle.Issued("WO/PBC/36/12", List.of(new Bundle.Annex(tor.id(), "3", "附件二"))))));
    }
}
