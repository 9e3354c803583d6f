package se.finsam.platform.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

/**
 * Sends the security log to its own file ({@code finsam.security.log-file}), apart from
 * the application's log, whatever logging configuration the service has. One appender per
 * process: the local stack's two services share it.
 */
final class SecurityLogFile {

	private static final String APPENDER = "SECURITY_FILE";

	private SecurityLogFile() {
	}

	static synchronized void attach(String file) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		Logger logger = context.getLogger(SecurityLog.LOGGER);
		if (logger.getAppender(APPENDER) != null) {
			return;
		}
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%msg%n");
		encoder.start();
		FileAppender<ILoggingEvent> appender = new FileAppender<>();
		appender.setName(APPENDER);
		appender.setContext(context);
		appender.setFile(file);
		appender.setEncoder(encoder);
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(ch.qos.logback.classic.Level.INFO);
		logger.setAdditive(false);
	}

}
