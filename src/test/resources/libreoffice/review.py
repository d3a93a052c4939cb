"""Opens a DOCX in a running headless LibreOffice through UNO, runs Reject All or Accept All on the tracked
changes and saves the text; also writes every comment's author and text. Usage:
review.py <port> <in.docx> <rejected.txt> <accepted.txt> <comments.txt>"""
import re
import sys
import time
import zipfile
from xml.etree import ElementTree
import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % port)
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not answer on port %s" % port)


def run(ctx, path, command, out):
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    try:
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        remaining = doc.getRedlines().getCount() if hasattr(doc, "getRedlines") else -1
        doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "Text (encoded)"),
                                                       prop("FilterOptions", "UTF8,LF,,,")))
        return doc, remaining
    except Exception:
        doc.close(True)
        raise


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def without_comment_anchors(path):
    """Writer without its GUI files (libreoffice-writer-nogui) aborts building comment windows for a view, so
    the copy LibreOffice opens has the comment anchors taken out; they are not tracked changes and do not change
    what Reject All or Accept All does. The comments themselves are read from comments.xml."""
    copy = path + ".nocomments.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                xml = re.sub(r'<w:commentRange(Start|End) w:id="[0-9]+"/>', "", xml)
                xml = re.sub(r'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="[0-9]+"/></w:r>', "", xml)
                data = xml.encode("utf-8")
            dst.writestr(item, data)
    return copy


def write_comments(path, out):
    with zipfile.ZipFile(path) as src, open(out, "w", encoding="utf-8") as f:
        root = ElementTree.fromstring(src.read("word/comments.xml"))
        for comment in root.iter(W + "comment"):
            text = "".join(t.text or "" for t in comment.iter(W + "t"))
            f.write(comment.get(W + "author").replace("\n", " ") + "\t" + text.replace("\n", " ") + "\n")


def main():
    port, original, rejected, accepted, comments = sys.argv[1:6]
    write_comments(original, comments)
    path = without_comment_anchors(original)
    ctx = connect(port)
    doc, left = run(ctx, path, ".uno:RejectAllTrackedChanges", rejected)
    doc.close(True)
    doc, left2 = run(ctx, path, ".uno:AcceptAllTrackedChanges", accepted)
    doc.close(True)
    print("redlines left after reject/accept: %d %d" % (left, left2))


main()
