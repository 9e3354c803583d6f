package se.finsam.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit ({@code finsam.web.max-request-bytes}) with 413,
 * whether the client declares the length or streams it: no one fills the memory with one
 * request.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	public RequestSizeLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			tooLarge(response);
			return;
		}
		try {
			chain.doFilter(new Limited(request, this.maxBytes), response);
		}
		catch (TooLarge ex) {
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(response);
			}
		}
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"status\":413,\"code\":\"input.too-large\",\"title\":\"För stor begäran\","
					+ "\"detail\":\"Uppgifterna får vara högst " + this.maxBytes / 1024 + " kB.\"}");
	}

	/** Thrown when a streamed body passes the limit. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("request body over the limit");
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						count((b >= 0) ? 1 : 0);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						count(Math.max(n, 0));
						return n;
					}

					private void count(int n) throws TooLarge {
						this.read += n;
						if (this.read > Limited.this.maxBytes) {
							throw new TooLarge();
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return this.stream;
		}

	}

}
