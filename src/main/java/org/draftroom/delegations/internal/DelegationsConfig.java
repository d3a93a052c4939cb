package org.draftroom.delegations.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.draftroom.delegations.DelegationRegistry;

/** The shipped registry as a bean, so modules inject it rather than reaching for the static accessor. */
@Configuration(proxyBeanMethods = false)
class DelegationsConfig {
    @Bean
    DelegationRegistry delegationRegistry() {
        return DelegationRegistry.standard();
    }
}
