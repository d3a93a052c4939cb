package org.draftroom.notation.internal;

import java.util.List;
import org.draftroom.notation.ImportWarning;

/**
 * Block-level notation that spans several blocks or refers back to earlier ones: chair's alternative texts,
 * rewrites of named paragraphs, positions written on a line of their own.
 */
final class BlockStructure {
    private final Structurer structurer;

    BlockStructure(Structurer structurer, BlockReader reader, Names names, Ids ids, Source source,
                   List<ImportWarning> warnings) {
        this.structurer = structurer;
    }

    void read(List<BlockSplitter.Raw> raws) {
        for (BlockSplitter.Raw raw : raws) structurer.add(raw);
    }
}
