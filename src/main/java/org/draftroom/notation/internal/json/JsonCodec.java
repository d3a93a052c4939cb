package org.draftroom.notation.internal.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of the model (docs/notation-json.md): explicit, versioned, independent of class names. */
public final class JsonCodec {
    public static final String FORMAT = "draftroom-negotiation/1";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonCodec() {
    }

    public static String write(NegotiationDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("id", doc.id());
        DocumentHeader h = doc.header();
        ObjectNode header = root.putObject("header");
        header.put("symbol", h.symbol());
        header.put("title", h.title());
        header.put("language", h.language());
        header.put("originalLanguage", h.originalLanguage());
        header.put("date", h.date() == null ? null : h.date().toString());
        header.put("committee", h.committee());
        header.put("session", h.session());
        header.put("sessionDetail", h.sessionDetail());
        header.put("preparedBy", h.preparedBy());
        header.put("annexLabel", h.annexLabel());
        root.set("preamble", blocks(doc.preamble()));
        ArrayNode sections = root.putArray("sections");
        for (Section s : doc.sections()) {
            ObjectNode o = sections.addObject();
            o.put("id", s.id());
            o.put("label", s.label());
            o.set("heading", inlines(s.heading()));
            o.set("blocks", blocks(s.blocks()));
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ArrayNode blocks(List<Block> blocks) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Block block : blocks) {
            ObjectNode o = out.addObject();
            o.put("id", block.id());
            switch (block) {
                case Paragraph p -> {
                    o.put("type", "paragraph");
                    o.put("numbered", p.numbered());
                    o.put("status", p.status() == null ? null : p.status().wire());
                    o.put("bracketed", p.bracketed());
                    o.set("content", inlines(p.content()));
                    o.set("items", blocks(p.items()));
                }
                case Item i -> {
                    o.put("type", "item");
                    o.put("marker", i.marker().name().toLowerCase(java.util.Locale.ROOT));
                    o.put("bracketed", i.bracketed());
                    o.set("content", inlines(i.content()));
                    o.set("items", blocks(i.items()));
                }
                case Footnote f -> {
                    o.put("type", "footnote");
                    o.set("content", inlines(f.content()));
                }
                case Statement s -> {
                    o.put("type", "statement");
                    o.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    actors(o, s.actors());
                    o.set("text", inlines(s.text()));
                    notation(o, s.notation());
                }
                case ProposalBlock pb -> {
                    o.put("type", "proposal-block");
                    o.set("proposal", proposal(pb.proposal()));
                }
            }
        }
        return out;
    }

    private static ArrayNode inlines(List<Inline> inlines) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.add(t.text());
                case Proposal p -> out.add(proposal(p));
                case Placeholder ph -> out.addObject().put("type", "placeholder").put("name", ph.name());
                case FootnoteRef ref -> out.addObject().put("type", "footnote-ref").put("footnote", ref.footnoteId());
            }
        }
        return out;
    }

    private static ObjectNode proposal(Proposal p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "proposal");
        o.put("id", p.id());
        o.put("kind", p.kind().wire());
        actors(o, p.actors());
        o.set("target", inlines(p.target()));
        o.set("text", inlines(p.text()));
        o.put("status", p.status().wire());
        ArrayNode targets = o.putArray("targetIds");
        p.targetIds().forEach(targets::add);
        o.put("destination", p.destination());
        o.put("label", p.label());
        o.set("blocks", blocks(p.blocks()));
        ArrayNode nested = o.putArray("proposals");
        p.proposals().forEach(n -> nested.add(proposal(n)));
        ArrayNode positions = o.putArray("positions");
        for (Position pos : p.positions()) {
            ObjectNode po = positions.addObject();
            po.put("id", pos.id());
            po.put("kind", pos.stance().wire());
            actors(po, pos.actors());
            po.put("text", pos.text());
            po.put("agreesWith", pos.agreesWith());
            notation(po, pos.notation());
        }
        notation(o, p.notation());
        return o;
    }

    private static void actors(ObjectNode o, Actors actors) {
        ArrayNode by = o.putArray("by");
        actors.by().forEach(by::add);
        o.put("onBehalfOf", actors.onBehalfOf());
        // written only when there are any, so documents without requests keep their JSON as before
        if (!actors.requested().isEmpty()) {
            ArrayNode requested = o.putArray("coSponsorRequests");
            actors.requested().forEach(requested::add);
        }
    }

    private static void notation(ObjectNode o, Notation n) {
        if (n == null) return;
        ObjectNode h = o.putObject("notation");
        ArrayNode layout = h.putArray("layout");
        n.layout().forEach(layout::add);
        ArrayNode spellings = h.putArray("spellings");
        n.spellings().forEach(spellings::add);
        h.put("join", n.join());
        h.put("kind", n.kind());
        h.put("after", n.after());
    }

    public static NegotiationDocument read(String json) {
        JsonNode root = MAPPER.readTree(json);
        if (!FORMAT.equals(root.path("format").asString(null))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        JsonNode h = root.path("header");
        String date = str(h, "date");
        DocumentHeader header = new DocumentHeader(str(h, "symbol"), str(h, "title"), str(h, "language"),
                str(h, "originalLanguage"), date == null ? null : LocalDate.parse(date), str(h, "committee"),
                str(h, "session"), str(h, "sessionDetail"), str(h, "preparedBy"), str(h, "annexLabel"));
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.path("sections")) {
            sections.add(new Section(str(s, "id"), str(s, "label"), readInlines(s.path("heading")),
                    readBlocks(s.path("blocks"))));
        }
        return new NegotiationDocument(str(root, "id"), header, readBlocks(root.path("preamble")), sections);
    }

    private static List<Block> readBlocks(JsonNode array) {
        List<Block> out = new ArrayList<>();
        for (JsonNode o : array) {
            String id = str(o, "id");
            out.add(switch (str(o, "type")) {
                case "paragraph" -> new Paragraph(id, o.path("numbered").asBoolean(), readInlines(o.path("content")),
                        readBlocks(o.path("items")), str(o, "status") == null ? null
                        : Status.valueOf(str(o, "status").toUpperCase(java.util.Locale.ROOT)),
                        o.path("bracketed").asBoolean());
                case "item" -> new Item(id, Item.Marker.valueOf(str(o, "marker").toUpperCase(java.util.Locale.ROOT)),
                        readInlines(o.path("content")), readBlocks(o.path("items")), o.path("bracketed").asBoolean());
                case "footnote" -> new Footnote(id, readInlines(o.path("content")));
                case "statement" -> new Statement(id, Statement.StatementKind.valueOf(
                        str(o, "kind").toUpperCase(java.util.Locale.ROOT).replace('-', '_')), readActors(o),
                        readInlines(o.path("text")), readNotation(o));
                case "proposal-block" -> new ProposalBlock(id, readProposal(o.path("proposal")));
                default -> throw new IllegalArgumentException("unknown block type " + str(o, "type"));
            });
        }
        return out;
    }

    private static List<Inline> readInlines(JsonNode array) {
        List<Inline> out = new ArrayList<>();
        for (JsonNode o : array) {
            if (o.isString()) {
                out.add(new Text(o.asString()));
                continue;
            }
            out.add(switch (str(o, "type")) {
                case "proposal" -> readProposal(o);
                case "placeholder" -> new Placeholder(str(o, "name"));
                case "footnote-ref" -> new FootnoteRef(str(o, "footnote"));
                default -> throw new IllegalArgumentException("unknown inline type " + str(o, "type"));
            });
        }
        return out;
    }

    private static Proposal readProposal(JsonNode o) {
        List<String> targets = new ArrayList<>();
        o.path("targetIds").forEach(t -> targets.add(t.asString()));
        List<Proposal> nested = new ArrayList<>();
        o.path("proposals").forEach(n -> nested.add(readProposal(n)));
        List<Position> positions = new ArrayList<>();
        for (JsonNode po : o.path("positions")) {
            positions.add(new Position(str(po, "id"), Position.Stance.valueOf(str(po, "kind").toUpperCase(java.util.Locale.ROOT)),
                    readActors(po), str(po, "text"), str(po, "agreesWith"), readNotation(po)));
        }
        return new Proposal(str(o, "id"), ProposalKind.fromWire(str(o, "kind")), readActors(o),
                readInlines(o.path("target")), readInlines(o.path("text")), targets, str(o, "destination"),
                readBlocks(o.path("blocks")), Status.valueOf(str(o, "status").toUpperCase(java.util.Locale.ROOT)),
                nested, positions, str(o, "label"), readNotation(o));
    }

    private static Actors readActors(JsonNode o) {
        List<String> by = new ArrayList<>();
        o.path("by").forEach(b -> by.add(b.asString()));
        List<String> requested = new ArrayList<>();
        o.path("coSponsorRequests").forEach(b -> requested.add(b.asString()));
        return new Actors(by, str(o, "onBehalfOf"), requested);
    }

    private static Notation readNotation(JsonNode o) {
        JsonNode n = o.get("notation");
        if (n == null || n.isNull()) return null;
        List<String> layout = new ArrayList<>();
        n.path("layout").forEach(t -> layout.add(t.asString()));
        List<String> spellings = new ArrayList<>();
        n.path("spellings").forEach(t -> spellings.add(t.asString()));
        return new Notation(layout, spellings, str(n, "join"), str(n, "kind"), str(n, "after"));
    }

    private static String str(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
