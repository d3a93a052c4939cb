package org.draftroom.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;

/** The demo profile's accounts, all with password {@code demo}: one per role and one per delegation in the seed. */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /** user name → ISO 3166 code of the delegations named in the seed documents. */
    static final List<String[]> DELEGATES = List.of(
            new String[]{"pakistan", "PK", "Pakistan"}, new String[]{"usa", "US", "United States of America"},
            new String[]{"russia", "RU", "Russian Federation"}, new String[]{"algeria", "DZ", "Algeria"},
            new String[]{"uae", "AE", "United Arab Emirates"}, new String[]{"iran", "IR", "Iran (Islamic Republic of)"},
            new String[]{"nigeria", "NG", "Nigeria"}, new String[]{"canada", "CA", "Canada"},
            new String[]{"india", "IN", "India"}, new String[]{"colombia", "CO", "Colombia"},
            new String[]{"slovakia", "SK", "Slovakia"}, new String[]{"brazil", "BR", "Brazil"},
            new String[]{"singapore", "SG", "Singapore"}, new String[]{"southafrica", "ZA", "South Africa"},
            new String[]{"chile", "CL", "Chile"}, new String[]{"uganda", "UG", "Uganda"},
            new String[]{"japan", "JP", "Japan"}, new String[]{"france", "FR", "France"},
            new String[]{"china", "CN", "China"}, new String[]{"ghana", "GH", "Ghana"},
            new String[]{"switzerland", "CH", "Switzerland"});

    private final UserStore store;
    private final PasswordEncoder encoder;

    DemoAccounts(UserStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
    }

    static List<UserAccount> accounts() {
        List<UserAccount> all = new ArrayList<>(List.of(
                new UserAccount("secretariat", "Secretariat", Role.SECRETARIAT, null, true),
                new UserAccount("chair", "Chair", Role.CHAIR, null, true),
                new UserAccount("observer", "Observer", Role.OBSERVER, null, true),
                new UserAccount("admin", "Administrator", Role.ADMIN, null, true)));
        DELEGATES.forEach(d -> all.add(new UserAccount(d[0], d[2], Role.DELEGATE, d[1], true)));
        return all;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = encoder.encode("demo");
        int created = 0;
        for (UserAccount account : accounts()) {
            if (store.find(account.username()).isEmpty()) {
                store.insert(account, hash);
                created++;
            }
        }
        if (created > 0) log.info("demo profile: created {} demo accounts (password 'demo')", created);
    }
}
