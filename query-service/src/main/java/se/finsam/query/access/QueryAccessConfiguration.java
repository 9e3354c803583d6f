package se.finsam.query.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import se.finsam.platform.security.AccessMatrix;

@Configuration(proxyBeanMethods = false)
class QueryAccessConfiguration {

	@Bean
	AccessMatrix queryAccessMatrix() {
		return QueryAccessMatrix.create();
	}

	@Bean
	ReadAccess readAccess(JdbcTemplate jdbc, AccessMatrix queryAccessMatrix) {
		return new ReadAccess(jdbc, queryAccessMatrix);
	}

}
