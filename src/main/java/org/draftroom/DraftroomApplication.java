package org.draftroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Draftroom: a collaborative editor for intergovernmental negotiation texts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DraftroomApplication {
    public static void main(String[] args) {
        SpringApplication.run(DraftroomApplication.class, args);
    }
}
