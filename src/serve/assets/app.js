// The preview page's script: shows each state the server sends on its
// event stream (/events) and sends what the bar picks (/select). Data is
// only ever set as text, never as markup.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  // The formats the server may offer; "letter" is for the cover letter.
  const LABELS = { pages: "PDF pages", html: "HTML page", letter: "Letter" };
  let current = null;
  let showGood = false;

  function fill(select, values, chosen, blank) {
    // Before the data has loaded once there is nothing to list but the choice.
    const listed = values.length || blank ? values : [chosen || "–"];
    const wanted = (blank ? [""] : []).concat(listed);
    const key = JSON.stringify(wanted);
    if (select.dataset.values !== key) {
      select.replaceChildren(...wanted.map((value) => {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value === "" ? blank : value;
        return option;
      }));
      select.dataset.values = key;
    }
    select.value = chosen == null ? wanted[0] : chosen;
    select.disabled = wanted.length < 2;
  }

  function formats(state) {
    $("formats").replaceChildren(...state.choices.formats.map((format) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = LABELS[format] || format;
      button.setAttribute("aria-pressed", String(format === state.selection.format));
      button.addEventListener("click", () => choose({ format }));
      return button;
    }));
  }

  // Only the pages whose key changed are fetched again.
  function pages(good) {
    const holder = $("pages");
    const web = good && good.selection.format === "html" ? good.html : null;
    const shown = good && !web ? good.pages : [];
    while (holder.children.length > shown.length) holder.lastChild.remove();
    shown.forEach((page, index) => {
      let image = holder.children[index];
      if (!image) {
        image = document.createElement("img");
        holder.append(image);
      }
      if (image.dataset.key !== page.key) {
        image.dataset.key = page.key;
        image.width = Math.round((page.width * 4) / 3);
        image.height = Math.round((page.height * 4) / 3);
        image.src = page.url;
      }
      image.alt = "Page " + (index + 1) + " of " + shown.length;
    });
    const frame = $("web");
    frame.hidden = !web;
    if (web && frame.dataset.src !== web) {
      frame.dataset.src = web;
      frame.src = web;
    }
  }

  function status(state) {
    const good = state.good;
    if (state.stopped) return "stopped";
    if (state.busy) return "rendering…";
    if (state.error) return "error";
    if (!good) return "";
    let text = good.selection.format === "html" ? "web page" : good.count + (good.count === 1 ? " page" : " pages");
    text += " · " + good.ms + " ms";
    return good.note ? text + " · " + good.note : text;
  }

  function show(state) {
    current = state;
    const selection = state.selection;
    fill($("template"), state.choices.templates, selection.template, null);
    fill($("variant"), state.choices.variants, selection.variant, "whole CV");
    fill($("lang"), state.choices.langs, selection.lang, null);
    // The web page has one design, whatever the template.
    if (selection.format === "html") $("template").disabled = true;
    formats(state);
    $("status").textContent = status(state);
    const good = state.good;
    $("warnings").hidden = !(good && good.warnings);
    $("warnings-text").textContent = good ? good.warnings : "";
    $("error").hidden = !state.error;
    if (state.error) {
      $("where").textContent = state.error.location || "";
      $("report").textContent = state.error.report;
    } else {
      showGood = false;
    }
    $("show-good").hidden = !good;
    $("show-good").textContent = showGood ? "Hide the last good version" : "Show the last good version";
    $("good").hidden = Boolean(state.error) && !showGood;
    pages(good);
  }

  function choose(change) {
    if (!current || current.stopped) return;
    const selection = Object.assign({}, current.selection, change);
    fetch("/select", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(selection),
    });
  }

  $("template").addEventListener("change", (event) => choose({ template: event.target.value }));
  $("variant").addEventListener("change", (event) => choose({ variant: event.target.value || null }));
  $("lang").addEventListener("change", (event) => choose({ lang: event.target.value }));
  $("show-good").addEventListener("click", () => {
    showGood = !showGood;
    show(current);
  });

  // The state the page came with, then each new one from the stream.
  show(JSON.parse($("state").textContent));
  const events = new EventSource("/events");
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (state.version !== current.version) show(state);
    if (state.stopped) events.close();
  });
  events.addEventListener("error", () => {
    if (current && !current.stopped) $("status").textContent = "reconnecting…";
  });
})();
