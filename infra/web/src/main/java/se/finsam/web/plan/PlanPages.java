package se.finsam.web.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.finsam.web.Workspace;
import se.finsam.web.api.ApiClient;
import se.finsam.web.format.Charts;

/**
 * The activity plan and budget as of any day: per line the budget, what is reserved by
 * grants, what is spent and what remains; the year's totals, equity against the goal and
 * the findings; and the dashboard drawn from the same figures. The executive finds the
 * plan's next step on the plan page (see {@link PlanEditing}).
 */
@Controller
class PlanPages {

	private final ApiClient api;

	private final Workspace workspace;

	private final Charts charts;

	PlanPages(ApiClient api, Workspace workspace, Charts charts) {
		this.api = api;
		this.workspace = workspace;
		this.charts = charts;
	}

	@GetMapping("/plan")
	String plan(@RequestParam(required = false) Integer ar, @RequestParam(required = false) String per, Model model) {
		boolean executive = this.workspace.user().has("EXECUTIVE");
		model.addAttribute("executive", executive);
		if (executive) {
			model.addAttribute("meetings",
					this.api.get("/api/associations/" + this.workspace.requireAssociation().id() + "/meetings")
						.path("rows"));
		}
		return render("plan/plan", ar, per, model);
	}

	@GetMapping("/oversikt")
	String dashboard(@RequestParam(required = false) Integer ar, @RequestParam(required = false) String per,
			Model model) {
		String association = this.workspace.requireAssociation().id();
		model.addAttribute("interventions",
				this.api
					.find("/api/associations/" + association + "/interventions"
							+ ApiClient.query(Map.of("asOf", (per != null) ? per : "")))
					.map((register) -> register.path("interventions"))
					.orElse(null));
		String view = render("dashboard/dashboard", ar, per, model);
		if (model.getAttribute("plan") instanceof JsonNode plan) {
			model.addAttribute("budgetChart", this.charts.budgetBars(plan.path("lines"), "budget-alt"));
			model.addAttribute("equityChart", this.charts.equityColumns(plan.path("years"), "eget-kapital-alt"));
		}
		return view;
	}

	private String render(String view, Integer ar, String per, Model model) {
		String association = this.workspace.requireAssociation().id();
		int year = (ar != null) ? ar : LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
		Optional<JsonNode> plan = this.api.find("/api/associations/" + association + "/plans/" + year
				+ ApiClient.query(Map.of("asOf", (per != null) ? per : "")));
		model.addAttribute("year", year);
		model.addAttribute("per", per);
		model.addAttribute("plan", plan.orElse(null));
		return view;
	}

}
