package se.finsam.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The edge's half of the matrix: before a request body is even read, the user must hold
 * one of the endpoint's roles; an endpoint without a row is refused. The key it looks up
 * ({@code "POST /api/applications/{applicationId}"}) is kept on the request, so that the
 * command side can check the same row again when the command is handled.
 */
public class EndpointAccess implements HandlerInterceptor {

	/** The request attribute holding the matrix key of the endpoint called. */
	public static final String ENDPOINT_KEY = EndpointAccess.class.getName() + ".key";

	private final AccessMatrix matrix;

	private final SecurityLog log;

	public EndpointAccess(AccessMatrix matrix, SecurityLog log) {
		this.matrix = matrix;
		this.log = log;
	}

	/** The matrix key of a request that has been matched to a controller method. */
	public static String key(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return request.getMethod() + " " + pattern;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		String key = key(request);
		request.setAttribute(ENDPOINT_KEY, key);
		AccessMatrix.Endpoint rule = this.matrix.rule(key)
			.orElseThrow(() -> new AccessRefused("no row in the access matrix for " + key));
		if (rule.open()) {
			return true;
		}
		CurrentUser user = CurrentUser.fromSecurityContext()
			.orElseThrow(() -> new AccessRefused("no signed-in user for " + key));
		if (!user.hasAnyOf(rule.roles())) {
			throw new AccessRefused("roles " + user.roles() + " not among " + rule.roles());
		}
		return true;
	}

	/** A read that the matrix logs is logged once it has been answered. */
	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Object key = request.getAttribute(ENDPOINT_KEY);
		if (key != null && ex == null && response.getStatus() < 300
				&& this.matrix.rule(key.toString()).filter(AccessMatrix.Endpoint::logged).isPresent()) {
			CurrentUser.fromSecurityContext()
				.ifPresent((user) -> this.log.read(user.userId(), request.getMethod() + " " + request.getRequestURI()));
		}
	}

}
