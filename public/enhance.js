/*
 * The page's few controls, as progressive enhancement (docs/decisions/0008). Content pages are served
 * without the framework's runtime; the server renders every control, and this script, the same on
 * every page, makes them work: text size, dismissing a notice, checklists, printing, moving focus to a search's results, and 'use my location'. Each one is
 * hidden until JavaScript runs (the `requires-js` class), so without this script nothing is shown that
 * does not work. Listeners sit on the document, so controls the framework adds later (pages with the
 * runtime, after a client-side navigation) work the same; their state is drawn again when they appear.
 */
(function () {
  'use strict';
  var TEXT_SIZE_KEY = 'text-size';
  var DISMISSED_KEY = 'dismissed-alerts';
  var CHECKLIST_EVENT = 'checklist-change';

  function read(key, fallback) {
    try {
      var value = window.localStorage.getItem(key);
      return value === null ? fallback : value;
    } catch {
      return fallback;
    }
  }
  function write(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Private browsing can refuse storage: the change still applies to this page.
    }
  }
  function readList(key) {
    try {
      var parsed = JSON.parse(read(key, '[]'));
      return Array.isArray(parsed)
        ? parsed.filter(function (item) {
            return typeof item === 'string';
          })
        : [];
    } catch {
      return [];
    }
  }
  function each(selector, action) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), action);
  }

  // Text size: on <html data-text-size> (set before paint by the head script) and in this browser.
  function currentTextSize() {
    var size = document.documentElement.getAttribute('data-text-size');
    return size === 'small' || size === 'large' ? size : 'default';
  }
  function drawTextSize() {
    var size = currentTextSize();
    each('[data-text-size-choice]', function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-text-size-choice') === size));
    });
  }
  function chooseTextSize(size) {
    if (size === 'default') document.documentElement.removeAttribute('data-text-size');
    else document.documentElement.setAttribute('data-text-size', size);
    write(TEXT_SIZE_KEY, size);
    drawTextSize();
  }

  function dismissAlert(button) {
    var id = button.getAttribute('data-dismiss-alert');
    var ids = readList(DISMISSED_KEY);
    if (ids.indexOf(id) < 0) ids.push(id);
    write(DISMISSED_KEY, JSON.stringify(ids));
    var alert = button.closest('[data-alert-id]');
    if (alert) alert.hidden = true;
    // Focus would otherwise be lost with the hidden button; the main content is the next useful place.
    var main = document.getElementById('main-content');
    if (main) main.focus();
  }

  // Checklists: the ticked step ids of each list, in this browser only (`checklist:<id>`).
  function drawChecklists() {
    each('[data-checklist]', function (list) {
      var done = readList('checklist:' + list.getAttribute('data-checklist'));
      var steps = list.querySelectorAll('[data-checklist-step]');
      var ticked = 0;
      Array.prototype.forEach.call(steps, function (box) {
        box.checked = done.indexOf(box.getAttribute('data-checklist-step')) >= 0;
        if (box.checked) ticked += 1;
      });
      var progress = list.querySelector('[data-checklist-progress]');
      if (progress) {
        var text = progress.getAttribute('data-checklist-progress').replace('{done}', String(ticked)).replace('{total}', String(steps.length));
        if (progress.textContent !== text) progress.textContent = text;
      }
    });
  }
  function tick(box) {
    var list = box.closest('[data-checklist]');
    if (!list) return;
    var key = 'checklist:' + list.getAttribute('data-checklist');
    var step = box.getAttribute('data-checklist-step');
    var done = readList(key).filter(function (id) {
      return id !== step;
    });
    if (box.checked) done.push(step);
    write(key, JSON.stringify(done));
    window.dispatchEvent(new Event(CHECKLIST_EVENT));
  }

  // After a search, focus goes to the results heading, once per page of results.
  function focusResults() {
    each('[data-focus-results]', function (marker) {
      if (marker.getAttribute('data-focused') !== null) return;
      marker.setAttribute('data-focused', '');
      var target = document.getElementById(marker.getAttribute('data-focus-results'));
      if (target && !target.contains(document.activeElement)) target.focus();
    });
  }

  // "Use my location" (the provider finder): shown only where the browser can locate. The position,
  // rounded to about a kilometre, goes into the place field and the search is sent; nothing is stored.
  function showLocate() {
    if (!('geolocation' in navigator)) return;
    each('[data-use-location][hidden]', function (box) {
      box.hidden = false;
    });
  }
  function locate(box) {
    var button = box.querySelector('button');
    var status = box.querySelector('[role="status"]');
    var say = function (state) {
      if (status) status.textContent = state ? box.getAttribute('data-' + state) : '';
      if (button) button.disabled = state === 'locating';
    };
    say('locating');
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var input = document.getElementById(box.getAttribute('data-use-location'));
        if (!(input instanceof HTMLInputElement) || !input.form) return say('unavailable');
        input.value = position.coords.latitude.toFixed(2) + ',' + position.coords.longitude.toFixed(2);
        say('');
        if (input.form.requestSubmit) input.form.requestSubmit();
        else input.form.submit();
      },
      function (error) {
        say(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  function draw() {
    drawTextSize();
    drawChecklists();
    focusResults();
    showLocate();
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var sizeButton = target.closest('[data-text-size-choice]');
    if (sizeButton) return chooseTextSize(sizeButton.getAttribute('data-text-size-choice'));
    var dismiss = target.closest('[data-dismiss-alert]');
    if (dismiss) return dismissAlert(dismiss);
    if (target.closest('[data-print]')) return window.print();
    var locateButton = target.closest('[data-use-location] button');
    if (locateButton) locate(locateButton.closest('[data-use-location]'));
  });
  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box instanceof HTMLInputElement && box.hasAttribute('data-checklist-step')) tick(box);
  });
  // Another tab ticking a step, or this one: draw again.
  window.addEventListener(CHECKLIST_EVENT, drawChecklists);
  window.addEventListener('storage', draw);

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
  else draw();
  // Pages that keep the runtime can add controls later (a client-side navigation): draw them when they come.
  if (window.MutationObserver) {
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        draw();
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
