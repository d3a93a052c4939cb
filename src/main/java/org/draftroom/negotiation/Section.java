package org.draftroom.negotiation;

import java.util.List;

/**
 * A lettered section. The label (A., B., …) is the displayed one; renumbering changes it, the id never.
 *
 * @param heading the title text, which may itself carry proposals ("A. 背景[“和宗旨”——巴基斯坦：删除]")
 */
public record Section(String id, String label, List<Inline> heading, List<Block> blocks) {
    public Section {
        heading = List.copyOf(heading);
        blocks = List.copyOf(blocks);
    }
}
