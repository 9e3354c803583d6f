package se.finsam.local;

/** What a person sees at the local stack's address until the web UI exists. */
final class LandingPage {

	private LandingPage() {
	}

	static String html() {
		return """
				<!DOCTYPE html>
				<html lang="sv">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Samordningsförbundets ärenden – lokal miljö</title>
				<style>
				body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
					line-height: 1.5; color: #1b1b1b; }
				code { background: #f2f2f2; padding: 0 .25rem; }
				a { color: #0b4f9c; }
				</style>
				</head>
				<body>
				<main>
				<h1>Samordningsförbundets ärenden</h1>
				<p>Den lokala miljön körs. Allt nås via den här adressen:</p>
				<ul>
				<li><code>POST /api/associations</code> registrerar ett förbund (kommandon).</li>
				<li><code>GET /api/associations/{id}</code> visar ett förbund (frågor).</li>
				<li><a href="/actuator/command/health">Kommandosidans hälsa</a> och
				<a href="/actuator/query/health">frågesidans hälsa</a>.</li>
				</ul>
				<p>Logga in med ett av de lokala kontona, till exempel <code>kansli</code> / <code>kansli</code>.</p>
				</main>
				</body>
				</html>
				""";
	}

}
