package se.finsam.web;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.finsam.web.api.ApiCredentials.ApiUser;
import se.finsam.web.api.ApiException;

/**
 * What every page's layout needs (the user, the association, the current path for the
 * navigation), and the pages for what went wrong.
 */
@ControllerAdvice
class PageModel {

	private static final Log logger = LogFactory.getLog(PageModel.class);

	private final Workspace workspace;

	PageModel(Workspace workspace) {
		this.workspace = workspace;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiUser user) {
			model.addAttribute("user", user);
			this.workspace.association().ifPresent((association) -> model.addAttribute("association", association));
		}
		model.addAttribute("path", request.getRequestURI());
	}

	@ExceptionHandler(Workspace.NoAssociationChosen.class)
	String chooseFirst() {
		return "redirect:/forbund";
	}

	@ExceptionHandler(Exception.class)
	String unexpected(Exception ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		layout(model, request);
		if (ex instanceof ErrorResponse known && known.getStatusCode().value() == 404) {
			response.setStatus(404);
			model.addAttribute("status", 404);
			model.addAttribute("title", "Sidan finns inte");
			return "error";
		}
		logger.error("A page failed", ex);
		response.setStatus(500);
		model.addAttribute("status", 500);
		model.addAttribute("title", "Något gick fel");
		model.addAttribute("detail", "Försök igen om en stund. Felet är loggat.");
		return "error";
	}

	@ExceptionHandler(ApiException.class)
	String apiProblem(ApiException ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		layout(model, request);
		HttpStatus status = HttpStatus.resolve(ex.status());
		response.setStatus((status != null && status.isError()) ? ex.status() : 502);
		model.addAttribute("status", ex.status());
		model.addAttribute("title", switch (ex.status()) {
			case 401 -> "Inloggning krävs";
			case 403 -> "Du har inte behörighet till den här sidan";
			case 404 -> "Sidan finns inte";
			default -> "Tjänsten svarar inte just nu";
		});
		model.addAttribute("detail", (ex.problem() != null) ? ex.problem().path("detail").asText("") : "");
		return "error";
	}

}
