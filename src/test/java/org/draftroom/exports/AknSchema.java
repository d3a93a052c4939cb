package org.draftroom.exports;

import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** The OASIS Akoma Ntoso 3.0 schema from test resources (akn30/), loaded once. */
public final class AknSchema {
    private static Schema schema;

    private AknSchema() {
    }

    /** Throws (with line and column) when the XML does not validate. */
    public static synchronized void validate(String xml) throws Exception {
        if (schema == null) {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(AknSchema.class.getResource("/akn30/akomantoso30.xsd"));
        }
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
