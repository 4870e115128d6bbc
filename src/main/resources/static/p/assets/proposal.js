/*
 * The public proposal page: totals that follow the optional items the client ticks, the decision
 * form (sign, accept, decline) with a signature pad, and time-on-page beacons. Plain JavaScript,
 * no libraries, no inline code: the page's Content-Security-Policy allows scripts from this server only.
 */
(function () {
  'use strict';

  var main = document.getElementById('proposal');
  if (!main) {
    return;
  }
  var api = main.getAttribute('data-api');
  var viewId = main.getAttribute('data-view-id');
  var currency = main.getAttribute('data-currency');
  var digits = parseInt(main.getAttribute('data-minor-digits'), 10) || 0;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var STATUS_LABELS = { signed: 'Signed', accepted: 'Accepted', rejected: 'Declined' };

  function byId(id) {
    return document.getElementById(id);
  }

  // ---- Money: whole numbers of the currency's minor unit (cents), added exactly as the server adds its rounded lines.

  var TEN = BigInt(10);
  var scale = TEN ** BigInt(digits);

  /** 123456n with EUR -> "1,234.56 EUR", the way the server writes amounts. */
  function formatMinor(minor) {
    var negative = minor < BigInt(0);
    var abs = negative ? -minor : minor;
    var whole = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    var fraction = digits > 0 ? '.' + (abs % scale).toString().padStart(digits, '0') : '';
    return (negative ? '-' : '') + whole + fraction + ' ' + currency;
  }

  /** percent % of an amount in minor units, rounded half-up once (the server's rule for the deposit). */
  function percentOf(minor, percentText) {
    var parts = String(percentText).split('.');
    var decimals = parts.length > 1 ? parts[1].length : 0;
    var numerator = BigInt(parts[0] + (parts[1] || ''));
    var divisor = BigInt(100) * TEN ** BigInt(decimals);
    var product = minor * numerator;
    var negative = product < BigInt(0);
    var abs = negative ? -product : product;
    var quotient = abs / divisor;
    if (BigInt(2) * (abs % divisor) >= divisor) {
      quotient += BigInt(1);
    }
    return negative ? -quotient : quotient;
  }

  /** A JSON amount (already rounded by the server) in minor units. */
  function minorOf(amount) {
    return BigInt(Number(amount).toFixed(digits).replace('.', ''));
  }

  // ---- Totals that follow the optional items

  var totals = byId('totals');
  var toggles = Array.prototype.slice.call(document.querySelectorAll('.optional-toggle'));

  function rowOf(toggle) {
    return toggle.closest('[data-optional-item]');
  }

  function showTotals(subtotal, tax) {
    var total = subtotal + tax;
    byId('total-subtotal').textContent = formatMinor(subtotal);
    byId('total-tax').textContent = formatMinor(tax);
    byId('total-total').textContent = formatMinor(total);
    var deposit = byId('total-deposit');
    if (deposit && totals.hasAttribute('data-deposit-percent')) {
      deposit.textContent = formatMinor(percentOf(total, totals.getAttribute('data-deposit-percent')));
    }
  }

  function recomputeTotals() {
    var subtotal = BigInt(totals.getAttribute('data-subtotal'));
    var tax = BigInt(totals.getAttribute('data-tax'));
    toggles.forEach(function (toggle) {
      var row = rowOf(toggle);
      var wasSelected = row.getAttribute('data-initially-selected') === 'true';
      if (toggle.checked !== wasSelected) {
        var sign = BigInt(toggle.checked ? 1 : -1);
        subtotal += sign * BigInt(row.getAttribute('data-net'));
        tax += sign * BigInt(row.getAttribute('data-tax'));
      }
      row.classList.toggle('is-excluded', !toggle.checked);
    });
    showTotals(subtotal, tax);
  }

  toggles.forEach(function (toggle) {
    toggle.addEventListener('change', recomputeTotals);
  });

  function selectedOptionalItems() {
    return toggles.filter(function (toggle) { return toggle.checked; }).map(function (toggle) { return toggle.value; });
  }

  // ---- Time on page, reported when the page is hidden or left

  var visibleSince = document.visibilityState === 'visible' ? performance.now() : null;
  var unreported = 0;

  function reportVisibleTime() {
    if (visibleSince !== null) {
      unreported += performance.now() - visibleSince;
      visibleSince = null;
    }
    var millis = Math.round(unreported);
    if (millis < 1 || !viewId) {
      return;
    }
    unreported = 0;
    var url = api + '/views';
    var body = JSON.stringify({ view_id: viewId, visible_ms: millis });
    var queued = false;
    try {
      // A Blob typed as JSON: a plain string would be sent as text/plain, which the route refuses.
      queued = navigator.sendBeacon && navigator.sendBeacon(url, new Blob([body], { type: 'application/json' }));
    } catch (e) {
      queued = false;
    }
    if (!queued) {
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body,
        keepalive: true,
        credentials: 'same-origin'
      }).catch(function () { /* time on page is best effort */ });
    }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      reportVisibleTime();
    } else if (visibleSince === null) {
      visibleSince = performance.now();
    }
  });
  window.addEventListener('pagehide', reportVisibleTime);

  // ---- Signature pad: Pointer Events (mouse, finger, pen), sharp on high-density screens

  function SignaturePad(canvas) {
    var strokes = [];
    var current = null;
    var scheduled = false;
    var listeners = [];
    var context = canvas.getContext('2d');

    function fit() {
      var ratio = window.devicePixelRatio || 1;
      var box = canvas.getBoundingClientRect();
      if (box.width === 0) {
        return;
      }
      canvas.width = Math.round(box.width * ratio);
      canvas.height = Math.round(box.height * ratio);
      draw(context, canvas.width, canvas.height, box.width);
    }

    // Points are kept relative to the pad's size, so a resized pad (a phone turned) keeps the drawing.
    function pointOf(event) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - box.left) / box.width,
        y: (event.clientY - box.top) / box.height,
        pressure: event.pointerType === 'pen' && event.pressure > 0 ? event.pressure : 0.5
      };
    }

    function draw(target, width, height, cssWidth) {
      var unit = width / cssWidth;
      target.clearRect(0, 0, width, height);
      target.strokeStyle = '#1f2328';
      target.fillStyle = '#1f2328';
      target.lineCap = 'round';
      target.lineJoin = 'round';
      strokes.forEach(function (stroke) {
        var points = stroke.points;
        if (points.length === 1) {
          target.beginPath();
          target.arc(points[0].x * width, points[0].y * height, 1.6 * unit, 0, 2 * Math.PI);
          target.fill();
          return;
        }
        for (var i = 1; i < points.length; i++) {
          var from = points[i - 1];
          var to = points[i];
          target.lineWidth = (1.5 + 2.5 * to.pressure) * unit;
          target.beginPath();
          target.moveTo(from.x * width, from.y * height);
          target.lineTo(to.x * width, to.y * height);
          target.stroke();
        }
      });
    }

    function redrawSoon() {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(function () {
          scheduled = false;
          draw(context, canvas.width, canvas.height, canvas.getBoundingClientRect().width || 1);
        });
      }
    }

    function changed() {
      canvas.classList.toggle('has-ink', strokes.length > 0);
      listeners.forEach(function (listener) { listener(); });
    }

    canvas.addEventListener('pointerdown', function (event) {
      if (event.pointerType === 'mouse' && event.button !== 0) {
        return;
      }
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      current = { pointerId: event.pointerId, points: [pointOf(event)] };
      strokes.push(current);
      redrawSoon();
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!current || event.pointerId !== current.pointerId) {
        return;
      }
      event.preventDefault();
      var events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
      (events.length ? events : [event]).forEach(function (each) {
        current.points.push(pointOf(each));
      });
      redrawSoon();
    });
    ['pointerup', 'pointercancel', 'lostpointercapture'].forEach(function (type) {
      canvas.addEventListener(type, function (event) {
        if (current && event.pointerId === current.pointerId) {
          current = null;
          changed();
        }
      });
    });
    window.addEventListener('resize', fit);
    fit();

    return {
      isEmpty: function () { return strokes.length === 0; },
      undo: function () { strokes.pop(); redrawSoon(); changed(); },
      clear: function () { strokes = []; redrawSoon(); changed(); },
      refit: fit,
      onChange: function (listener) { listeners.push(listener); },
      /** The drawing as a PNG data URL on a transparent background, small enough for the server (200 KB). */
      toPng: function () {
        var box = canvas.getBoundingClientRect();
        var width = Math.min(1200, Math.round(box.width * 2));
        for (; width >= 200; width = Math.round(width * 0.7)) {
          var height = Math.round(width * box.height / box.width);
          var image = document.createElement('canvas');
          image.width = width;
          image.height = height;
          draw(image.getContext('2d'), width, height, box.width);
          var url = image.toDataURL('image/png');
          if ((url.length - 'data:image/png;base64,'.length) * 3 / 4 <= 190 * 1024) {
            return url;
          }
        }
        return null;
      }
    };
  }

  // ---- The decision form

  var form = byId('decision-form');
  if (!form) {
    return;
  }
  form.hidden = false;

  var canvas = byId('signature-pad');
  var pad = SignaturePad(canvas);
  var submit = byId('submit-decision');
  var typed = byId('typed-signature');
  var SUBMIT_LABELS = { sign: 'Sign the proposal', accept: 'Accept the proposal', reject: 'Decline the proposal' };
  var FIELDS = {
    name: byId('signer-name'),
    email: byId('signer-email'),
    reason: byId('reason'),
    consent: byId('consent'),
    signature_image: canvas,
    typed_signature: typed
  };
  var ERRORS = {
    name: byId('name-error'),
    email: byId('email-error'),
    reason: byId('reason-error'),
    consent: byId('consent-error'),
    signature_image: byId('signature-error'),
    typed_signature: byId('signature-error'),
    signature_type: byId('signature-error')
  };

  function chosen(name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : null;
  }

  function showFor(attribute, value) {
    Array.prototype.forEach.call(form.querySelectorAll('[' + attribute + ']'), function (element) {
      element.hidden = element.getAttribute(attribute) !== value;
    });
  }

  function decisionChanged() {
    var decision = chosen('decision');
    showFor('data-for', decision);
    submit.textContent = SUBMIT_LABELS[decision];
    submit.classList.toggle('button--danger', decision === 'reject');
    if (decision === 'sign') {
      pad.refit();
    }
  }

  function signatureModeChanged() {
    showFor('data-mode', chosen('signature_type'));
    pad.refit();
  }

  Array.prototype.forEach.call(form.querySelectorAll('input[name="decision"]'), function (radio) {
    radio.addEventListener('change', decisionChanged);
  });
  Array.prototype.forEach.call(form.querySelectorAll('input[name="signature_type"]'), function (radio) {
    radio.addEventListener('change', signatureModeChanged);
  });
  typed.addEventListener('input', function () {
    byId('typed-preview').textContent = typed.value;
  });
  byId('pad-undo').addEventListener('click', pad.undo);
  byId('pad-clear').addEventListener('click', pad.clear);
  pad.onChange(function () { setError('signature_image', ''); });
  decisionChanged();
  signatureModeChanged();

  function setError(field, message) {
    var input = FIELDS[field];
    var output = ERRORS[field];
    if (input) {
      if (message) {
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
    }
    if (output) {
      output.textContent = message;
    }
  }

  function clearErrors() {
    Object.keys(FIELDS).forEach(function (field) { setError(field, ''); });
    byId('form-error').textContent = '';
  }

  function validate(decision) {
    var problems = [];
    if (!FIELDS.name.value.trim()) {
      problems.push(['name', 'Please enter your name.']);
    }
    if (!FIELDS.email.value.trim() || !FIELDS.email.validity.valid) {
      problems.push(['email', 'Please enter a valid e-mail address.']);
    }
    if (decision === 'reject' && !FIELDS.reason.value.trim()) {
      problems.push(['reason', 'Please tell the studio why you are declining.']);
    }
    if (decision === 'sign') {
      if (chosen('signature_type') === 'drawn' && pad.isEmpty()) {
        problems.push(['signature_image', 'Please draw your signature, or choose to type your name.']);
      }
      if (chosen('signature_type') === 'typed' && !typed.value.trim()) {
        problems.push(['typed_signature', 'Please type your name as your signature.']);
      }
      if (!FIELDS.consent.checked) {
        problems.push(['consent', 'Please confirm that you agree to sign electronically.']);
      }
    }
    problems.forEach(function (problem) { setError(problem[0], problem[1]); });
    return problems.length ? FIELDS[problems[0][0]] : null;
  }

  function requestBody(decision) {
    var body = { name: FIELDS.name.value.trim(), email: FIELDS.email.value.trim() };
    if (decision === 'reject') {
      body.reason = FIELDS.reason.value.trim();
      return body;
    }
    body.selected_optional_item_ids = selectedOptionalItems();
    if (decision === 'sign') {
      body.signature_type = chosen('signature_type');
      if (body.signature_type === 'drawn') {
        body.signature_image = pad.toPng();
      } else {
        body.typed_signature = typed.value.trim();
      }
      body.consent = FIELDS.consent.checked;
    }
    return body;
  }

  function dateTime(iso) {
    var at = new Date(iso);
    var pad2 = function (n) { return String(n).padStart(2, '0'); };
    return at.getUTCDate() + ' ' + MONTHS[at.getUTCMonth()] + ' ' + at.getUTCFullYear() + ' at '
      + pad2(at.getUTCHours()) + ':' + pad2(at.getUTCMinutes()) + ' UTC';
  }

  /** Shows the decision the server recorded and makes the page read-only. */
  function showOutcome(view) {
    var decision = view.decision;
    var label = STATUS_LABELS[view.status] || 'Closed';
    var status = byId('status');
    status.textContent = label;
    status.className = 'status status--' + view.status;
    var outcome = byId('outcome');
    outcome.className = 'outcome outcome--' + view.status;
    byId('outcome-title').textContent = label;
    if (decision) {
      var verb = STATUS_LABELS[decision.kind] || 'Decided';
      byId('outcome-summary').textContent = verb + (decision.signer_name ? ' by ' + decision.signer_name : '')
        + ' on ' + dateTime(decision.decided_at) + '.';
      var reason = byId('outcome-reason');
      reason.textContent = decision.reason ? 'Reason: ' + decision.reason : '';
      reason.hidden = !decision.reason;
    }
    outcome.hidden = false;
    toggles.forEach(function (toggle) { toggle.disabled = true; });
    var hint = byId('optional-hint');
    if (hint) {
      hint.hidden = true;
    }
    if (view.totals) {
      showTotals(minorOf(view.totals.subtotal), minorOf(view.totals.tax_total));
    }
    var decide = byId('decide');
    decide.parentNode.removeChild(decide);
    var respond = document.querySelector('.hero__actions a[href="#decide"]');
    if (respond) {
      respond.parentNode.removeChild(respond);
    }
    outcome.focus();
    outcome.scrollIntoView({ block: 'start' });
  }

  function showProblem(status, problem) {
    var fieldErrors = problem && Array.isArray(problem.errors) ? problem.errors : [];
    var shown = false;
    fieldErrors.forEach(function (error) {
      var field = String(error.field || '');
      if (ERRORS[field]) {
        setError(field, error.message ? capitalise(error.message) : 'Please check this field.');
        shown = true;
      }
    });
    var message;
    if (status === 429) {
      message = 'Too many attempts in a short time. Please wait a minute and try again.';
    } else if (status === 404) {
      message = 'This link no longer works. Please ask the studio for a new one.';
    } else if (problem && problem.detail && !shown) {
      message = problem.detail;
    } else if (!shown) {
      message = 'Something went wrong. Please try again in a moment.';
    }
    byId('form-error').textContent = message || 'Please correct the fields marked above.';
  }

  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var decision = chosen('decision');
    var invalid = validate(decision);
    if (invalid) {
      byId('form-error').textContent = 'Please correct the fields marked above.';
      (invalid === canvas ? byId('pad-clear') : invalid).focus();
      return;
    }
    var body = requestBody(decision);
    if (decision === 'sign' && body.signature_type === 'drawn' && !body.signature_image) {
      setError('signature_image', 'The drawing is too detailed to send. Please clear it and sign again.');
      return;
    }
    submit.disabled = true;
    var label = submit.textContent;
    submit.textContent = 'Sending…';
    fetch(api + '/' + decision, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        if (response.ok && json) {
          showOutcome(json);
        } else {
          showProblem(response.status, json);
        }
      });
    }).catch(function () {
      byId('form-error').textContent = 'Could not reach the server. Check your connection and try again.';
    }).finally(function () {
      submit.disabled = false;
      submit.textContent = label;
    });
  });
})();
