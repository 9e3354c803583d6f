// Check-as-you-type for forms marked data-check. The command API judges every rule when the
// form is sent; these checks only tell the user early, with the same wording as the hints.
(function () {
	'use strict';

	function messageFor(control) {
		return control.getAttribute('data-message') || 'Kontrollera fältet.';
	}

	function errorElement(id) {
		return document.getElementById(id + '-fel');
	}

	function show(id, control, message) {
		var target = errorElement(id);
		if (target) {
			target.textContent = message;
		}
		if (control) {
			if (message) {
				control.setAttribute('aria-invalid', 'true');
			} else {
				control.removeAttribute('aria-invalid');
			}
		}
		return !message;
	}

	function checkControl(control) {
		var value = control.value.trim();
		var message = '';
		if (control.required && value === '') {
			message = messageFor(control);
		} else if (value !== '' && control.type === 'number') {
			var number = Number(value);
			var min = control.getAttribute('min');
			var max = control.getAttribute('max');
			if (!isFinite(number) || (min !== null && number < Number(min)) || (max !== null && number > Number(max))
					|| (control.step === '1' && Math.floor(number) !== number)) {
				message = messageFor(control);
			}
		}
		var below = control.getAttribute('data-not-below');
		if (!message && below && value !== '') {
			var other = document.getElementById(below);
			if (other && other.value !== '' && Number(value) < Number(other.value)) {
				message = 'Högsta ålder kan inte vara lägre än lägsta ålder.';
			}
		}
		var before = control.getAttribute('data-not-before');
		if (!message && before && value !== '') {
			var start = document.getElementById(before);
			if (start && start.value !== '' && value < start.value) {
				message = 'Perioden kan inte sluta före startdagen.';
			}
		}
		return show(control.id, control, message);
	}

	// Each state agency is a party; the regions together are one, the municipalities together one.
	function parties(fieldset) {
		var count = 0;
		var region = false;
		var municipality = false;
		fieldset.querySelectorAll('input[type=checkbox]:checked').forEach(function (box) {
			var kind = box.getAttribute('data-kind');
			if (kind === 'REGION') {
				region = true;
			} else if (kind === 'MUNICIPALITY') {
				municipality = true;
			} else {
				count++;
			}
		});
		return count + (region ? 1 : 0) + (municipality ? 1 : 0);
	}

	function checkGroup(fieldset) {
		var message = '';
		var minParties = fieldset.getAttribute('data-min-parties');
		var minChecked = fieldset.getAttribute('data-min-checked');
		if (minParties !== null && parties(fieldset) < Number(minParties)) {
			message = 'Välj minst ' + minParties + ' parter (regionerna räknas som en part, kommunerna som en). Nu: '
				+ parties(fieldset) + '.';
		} else if (minChecked !== null
				&& fieldset.querySelectorAll('input[type=checkbox]:checked').length < Number(minChecked)) {
			message = fieldset.getAttribute('data-message');
		}
		return show(fieldset.id, null, message);
	}

	function checkAll(form) {
		var ok = true;
		var first = null;
		form.querySelectorAll('input[id], select[id], textarea[id]').forEach(function (control) {
			if (!checkControl(control)) {
				ok = false;
				first = first || control;
			}
		});
		form.querySelectorAll('fieldset[data-min-parties], fieldset[data-min-checked]').forEach(function (group) {
			if (!checkGroup(group)) {
				ok = false;
				first = first || group;
			}
		});
		if (first) {
			first.focus();
		}
		return ok;
	}

	document.querySelectorAll('form[data-check]').forEach(function (form) {
		form.querySelectorAll('input[id], select[id], textarea[id]').forEach(function (control) {
			var touched = false;
			control.addEventListener('input', function () {
				if (touched || control.value.trim() !== '') {
					touched = true;
					checkControl(control);
				}
			});
			control.addEventListener('blur', function () {
				touched = true;
				checkControl(control);
			});
			control.addEventListener('change', function () {
				checkControl(control);
			});
		});
		form.querySelectorAll('fieldset[data-min-parties], fieldset[data-min-checked]').forEach(function (group) {
			group.addEventListener('change', function () {
				checkGroup(group);
			});
		});
		form.addEventListener('submit', function (event) {
			if (!checkAll(form)) {
				event.preventDefault();
			}
		});
	});

	// A refused form: the summary takes the focus, so a screen reader hears what to fix.
	var summary = document.querySelector('[data-error-summary]');
	if (summary) {
		summary.focus();
	}

	// A form whose answer takes a while (a file read and checked, an export made): on
	// submit its status line says so, and the button is not pressed twice.
	document.querySelectorAll('form[data-busy]').forEach(function (form) {
		form.addEventListener('submit', function () {
			var status = form.querySelector('[data-busy-text]');
			if (status) {
				status.hidden = false;
			}
			form.querySelectorAll('button[type=submit]').forEach(function (button) {
				button.setAttribute('aria-disabled', 'true');
			});
			form.setAttribute('aria-busy', 'true');
		});
	});

	// Long operations (rebuilding a view, loading a plan file): the page follows the
	// progress until it is done, then goes where the state or the page says.
	document.querySelectorAll('[data-progress-url]').forEach(function (box) {
		var bar = box.querySelector('progress');
		var text = box.querySelector('[data-progress-text]');
		function poll() {
			fetch(box.getAttribute('data-progress-url'), { headers: { 'Accept': 'application/json' } })
				.then(function (response) { return response.json(); })
				.then(function (state) {
					if (bar && state.total > 0) {
						bar.max = state.total;
						bar.value = state.done;
					}
					if (text) {
						text.textContent = state.text;
					}
					if (!state.finished) {
						setTimeout(poll, 500);
					} else if (state.doneUrl || box.getAttribute('data-done-url')) {
						window.location.assign(state.doneUrl || box.getAttribute('data-done-url'));
					}
				})
				.catch(function () {
					setTimeout(poll, 1000);
				});
		}
		poll();
	});
}());
