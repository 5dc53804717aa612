// The sandbox page: draws /_sandbox/state and posts actions to /_sandbox/*. No framework, nothing from the
// internet. Text from the bot or the follower is always set as text, never as HTML.
"use strict";

const $ = (selector) => document.querySelector(selector);
let state = null;
let current = localStorage.getItem("siyu-sandbox-chat") || "";
let busy = false;
let openMenu = -1; // which menu bar button's sub-buttons are shown (kept across redraws)

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function call(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`);
  return data;
}

async function act(path, body) {
  if (busy) return null;
  busy = true;
  document.body.classList.add("busy");
  showError("");
  try {
    const answer = await call(path, body);
    await refresh();
    return answer;
  } catch (error) {
    showError(error.message);
    return null;
  } finally {
    busy = false;
    document.body.classList.remove("busy");
  }
}

function showError(text) {
  const box = $("#error");
  box.textContent = text;
  box.hidden = !text;
}

async function refresh() {
  state = await call("/_sandbox/state");
  render();
}

// -- chats ------------------------------------------------------------------------------------------------

const CHANNEL_NAMES = { oa: "Official Account", kf: "customer service", wecom: "WeCom contact", group: "group" };

function chatList() {
  const personas = state.personas.map((p) => ({ chat: p.chat, title: p.name, kind: p.channel, persona: p }));
  const groups = state.groups.map((g) => ({ chat: g.chat, title: g.name, kind: "group", group: g }));
  return personas.concat(groups);
}

function render() {
  const chats = chatList();
  if (!chats.some((c) => c.chat === current)) current = chats.length ? chats[0].chat : "";
  $("#now").textContent = localTime(state.now);
  $("#next-step").title = state.next_due ? `next due step: ${localTime(state.next_due)}` : "nothing is due";
  const list = $("#chat-list");
  list.replaceChildren(...chats.map((c) => el("li", { class: c.chat === current ? "active" : "" },
    el("button", { type: "button", dataset: { chat: c.chat }, onclick: () => select(c.chat) },
      el("span", { class: "title" }, c.title), el("span", { class: `badge ${c.kind}` }, CHANNEL_NAMES[c.kind]),
      unread(c.chat)))));
  const picker = $("#chat-select");
  picker.replaceChildren(...chats.map((c) => el("option", { value: c.chat, selected: c.chat === current },
    `${c.title} · ${CHANNEL_NAMES[c.kind]}`)));
  const chat = chats.find((c) => c.chat === current);
  if (chat) renderChat(chat);
  renderExchanges();
}

function unread(chat) {
  const items = (state.chats[chat] || []).filter((i) => i.kind === "api" || i.kind === "bot");
  return items.length ? el("span", { class: "count" }, items.length) : null;
}

function select(chat) {
  current = chat;
  localStorage.setItem("siyu-sandbox-chat", chat);
  render();
}

function renderChat(chat) {
  $("#chat-title").textContent = `${chat.title} · ${CHANNEL_NAMES[chat.kind]}`;
  renderMember(chat);
  renderEvents(chat);
  const items = state.chats[chat.chat] || [];
  const box = $("#messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren(...items.map((item) => renderItem(item, chat)));
  if (atBottom || busy) {
    box.scrollTop = box.scrollHeight;
    if (window.matchMedia("(max-width: 700px)").matches && busy) window.scrollTo(0, document.body.scrollHeight);
  }
  renderMenuBar(chat);
  const composer = $("#composer");
  const speaker = composer.elements.speaker;
  composer.hidden = chat.kind === "wecom";
  speaker.hidden = chat.kind !== "group";
  if (chat.kind === "group") {
    const chosen = speaker.value;
    speaker.replaceChildren(...state.personas.map((p) => el("option", { value: p.key, selected: p.key === chosen },
      p.name)));
    composer.elements.text.placeholder = "@bot … (as a group member)";
  } else {
    composer.elements.text.placeholder = "type a message…";
  }
}

// The Official Account's menu bar, as menu/create set it at the (fake) WeChat API: a click button posts the
// CLICK event WeChat would, a view or Mini Program button opens its page (WeChat tells the bot nothing to answer).
function renderMenuBar(chat) {
  const bar = $("#oa-menu");
  const buttons = (chat.kind === "oa" && state.menu && state.menu.button) || [];
  bar.hidden = !buttons.length;
  if (!buttons.length) { bar.replaceChildren(); return; }
  const tap = (button) => {
    openMenu = -1;
    if (button.type === "click") {
      return act("/_sandbox/event", { persona: chat.persona.key, event: "menu-click", argument: button.key });
    }
    // WeChat opens the page and tells the bot (VIEW / view_miniprogram); the sandbox shows the event, not the page
    return button.type === "miniprogram"
      ? act("/_sandbox/event", { persona: chat.persona.key, event: "menu-miniprogram", argument: button.pagepath })
      : act("/_sandbox/event", { persona: chat.persona.key, event: "menu-view", argument: button.url });
  };
  const item = (button) => el("button", { type: "button", class: `menu-button menu-${button.type}`, title:
    button.type === "click" ? `posts CLICK ${button.key}` : `opens ${button.pagepath || button.url}`,
  dataset: { key: button.key || "" }, onclick: () => tap(button) }, button.name,
  button.type === "click" ? null : el("small", {}, button.type === "miniprogram" ? " · Mini Program" : " ↗"));
  bar.replaceChildren(...buttons.map((button, index) => {
    if (!button.sub_button) return el("div", { class: "menu-slot" }, item(button));
    const open = openMenu === index;
    return el("div", { class: "menu-slot" },
      open ? el("div", { class: "menu-sub" }, ...button.sub_button.map(item)) : null,
      el("button", { type: "button", class: `menu-button parent${open ? " open" : ""}`, "aria-expanded": open,
        onclick: () => { openMenu = open ? -1 : index; render(); } }, `≡ ${button.name}`));
  }));
}

function renderMember(chat) {
  const box = $("#member");
  if (!chat.persona) {
    box.replaceChildren(el("p", {}, "Customer group: the bot answers @-mentions (its intelligent bot callback) and " +
      "posts by the group's robot. A follower joins it from their own chat (join group); pick who speaks below."));
    return;
  }
  const info = state.members[chat.chat] || {};
  const slot = info.window || {};
  const parts = [];
  if (slot.open === null || slot.open === undefined) parts.push(el("p", { class: "window" }, slot.text || ""));
  else parts.push(el("p", { class: `window ${slot.open ? "open" : "closed"}` },
    slot.open ? `${slot.route}: window open, ${slot.left} of ${slot.quota} left until ` +
      `${localTime(slot.closes)}${slot.opened_by ? ` (opened by ${slot.opened_by})` : ""}`
      : `${slot.route}: window closed: proactive messages wait for the member's next message`));
  for (const seq of info.sequences || []) {
    parts.push(el("p", { class: `sequence ${seq.state}` }, `sequence ${seq.sequence}: next step ${seq.next} ` +
      (seq.state === "waiting" ? `waiting: ${seq.why}` : seq.state === "due" ? `due ${localTime(seq.at)}` : seq.state)));
  }
  for (const row of info.parked || []) {
    parts.push(el("p", { class: "parked" }, `parked ${row.type || "message"} (${row.purpose}): ${row.reason}`));
  }
  for (const click of info.clicks || []) {
    parts.push(el("p", { class: "click" }, `✓ click recorded ${localTime(click.time)} (${click.campaign || "no campaign"})`));
  }
  if (info.tags && info.tags.length) parts.push(el("p", { class: "tags" }, `tags: ${info.tags.join(", ")}`));
  box.replaceChildren(...parts);
}

function renderEvents(chat) {
  const box = $("#events");
  const buttons = [];
  const persona = chat.persona;
  const event = (name, label, argumentName) => {
    const input = argumentName ? el("input", { placeholder: argumentName, size: 8, "aria-label": argumentName }) : null;
    return el("span", { class: "event" }, el("button", { type: "button", dataset: { event: name },
      onclick: () => act("/_sandbox/event", { persona: persona.key, event: name, argument: input ? input.value : "" }) },
    label), input);
  };
  if (persona && persona.channel === "oa") {
    buttons.push(event("subscribe", "follow", "QR scene"), event("unsubscribe", "unfollow"));
  }
  if (persona && persona.channel === "kf") buttons.push(event("kf-enter", "open chat", "scene"));
  if (persona && persona.channel === "wecom") buttons.push(event("contact-added", "add WeCom contact", "State"));
  if (persona) {
    const groupPick = el("select", { "aria-label": "group" },
      ...state.groups.map((g) => el("option", { value: g.id }, g.name)));
    buttons.push(el("span", { class: "event" }, el("button", { type: "button", dataset: { event: "group-join" },
      onclick: () => act("/_sandbox/event", { persona: persona.key, event: "group-join", argument: groupPick.value }),
    }, "join group"), groupPick));
  }
  box.replaceChildren(...buttons);
}

function renderItem(item, chat) {
  if (item.kind === "clock") {
    return el("li", { class: "clock-line" }, `${item.text}: now ${localTime(item.now)}`);
  }
  if (item.kind === "me") {
    return el("li", { class: "msg me" },
      item.text ? el("div", { class: "bubble" }, item.text) : el("div", { class: "action" }, item.action),
      el("div", { class: "meta" }, rawLink(item.exchange), item.status && item.status !== 200 && item.status !== 302
        ? el("span", { class: "bad" }, ` HTTP ${item.status}`) : null));
  }
  const parts = item.kind === "bot" ? (item.parts || [{ type: "text", text: item.text }]) : item.parts;
  return el("li", { class: `msg bot${item.ok === false ? " failed" : ""}` },
    ...parts.map((part) => renderPart(part, chat)),
    el("div", { class: "meta" }, `via ${item.via}`, item.error ? el("span", { class: "bad" }, ` · ${item.error}`) : null,
      item.kind === "bot" ? [" · ", rawLink(item.exchange)] : null));
}

function rawLink(id) {
  return el("a", { href: "#", class: "raw-link", onclick: (e) => { e.preventDefault(); openExchange(id); } }, "raw");
}

function renderPart(part, chat) {
  switch (part.type) {
    case "text": return renderText(part.text, chat);
    case "markdown": return el("div", { class: "bubble markdown" }, part.text);
    case "image": return el("div", { class: "bubble image" }, el("img", { alt: "image", src: imageSource(part) }));
    case "news": return el("div", { class: "cards" }, ...part.articles.map((a) => linkCard(a.title, a.description,
      a.url, a.picurl ? a.picurl : null, chat)));
    case "link": return linkCard(part.title, part.description, part.url, part.media_id ? `/sandbox/media/${part.media_id}`
      : part.picurl || null, chat);
    case "miniprogram": return miniProgram(part, chat);
    case "menu": return el("div", { class: "bubble menu" }, part.head ? el("p", {}, part.head) : null,
      ...part.items.map((i) => el("button", { type: "button", class: "menu-item",
        onclick: () => say(i.content, i.id) }, i.content)), part.tail ? el("p", {}, part.tail) : null);
    case "template": return el("div", { class: "bubble template" }, el("strong", {}, "template message"),
      ...part.lines.map((l) => el("p", {}, l)), part.url ? el("p", { class: "url" }, part.url) : null);
    case "task": return el("div", { class: `task ${part.state || "waiting"}` },
      `staff confirm task ${part.msgid} (sender ${part.sender || "any"}): ${part.state || "waiting"}`,
      part.state === "waiting" ? el("button", { type: "button", class: "confirm",
        onclick: () => act(`/_sandbox/tasks/${encodeURIComponent(part.msgid)}/confirm`, { chat: chat.chat }) },
      "confirm as staff") : null);
    default: return el("div", { class: "bubble" }, `(${part.msgtype || "message"})`);
  }
}

const MENU_LINE = /^\s*(\d{1,2})[.、．]\s*(.+)$/;
const KEYWORD = /【([^】]{1,12})】/g;

// A text answer drawn as WeChat shows it; numbered lines ("1. …") and 【keywords】 the bot asks for become
// tappable, sending what a follower would type.
function renderText(text, chat) {
  const lines = String(text || "").split("\n");
  const canTap = chat && chat.kind !== "wecom" && chat.kind !== "group";
  return el("div", { class: "bubble" }, ...lines.map((line) => {
    const menu = canTap && line.match(MENU_LINE);
    if (menu) return el("button", { type: "button", class: "menu-item", onclick: () => say(menu[1]) }, line.trim());
    const pieces = [];
    let last = 0;
    if (canTap) {
      for (const found of line.matchAll(KEYWORD)) {
        pieces.push(line.slice(last, found.index));
        pieces.push(el("button", { type: "button", class: "keyword", onclick: () => say(found[1]) }, found[0]));
        last = found.index + found[0].length;
      }
    }
    pieces.push(line.slice(last));
    return el("p", {}, ...pieces);
  }));
}

function linkCard(title, description, url, image, chat) {
  const tracked = url && url.includes("/l/");
  return el("button", { type: "button", class: "card link", title: url,
    onclick: () => act("/_sandbox/open", { chat: chat.chat, url }) },
  el("strong", {}, title || url), description ? el("span", {}, description) : null,
  image ? el("img", { alt: "", src: image }) : null,
  el("small", {}, tracked ? (state.clicked.includes(url) ? "✓ opened (tracked)" : "tracked link") : url));
}

function miniProgram(part, chat) {
  const opened = state.clicked.includes(part.page);
  return el("button", { type: "button", class: "card miniprogram", title: part.page,
    onclick: () => act("/_sandbox/open", { chat: chat.chat, appid: part.appid, page: part.page }) },
  el("small", {}, "Mini Program"), el("strong", {}, part.title),
  part.media_id ? el("img", { alt: part.title, src: `/sandbox/media/${part.media_id}` }) : null,
  el("small", { class: opened ? "opened" : "" }, opened ? "✓ opened, click recorded" : "tap to open"));
}

function imageSource(part) {
  if (part.base64) return `data:image/png;base64,${part.base64}`;
  if (part.media_id) return `/sandbox/media/${part.media_id}`;
  return part.pic_url || "";
}

function say(text, menuId) {
  const chat = chatList().find((c) => c.chat === current);
  if (!chat) return null;
  if (chat.kind === "group") {
    const speaker = $("#composer").elements.speaker.value || (state.personas[0] || {}).key;
    return act("/_sandbox/mention", { persona: speaker, group: chat.group.id, text });
  }
  return act("/_sandbox/say", { persona: chat.persona.key, text, menu_id: menuId || "" });
}

// -- raw view ---------------------------------------------------------------------------------------------

function renderExchanges() {
  const list = $("#exchange-list");
  list.replaceChildren(...state.exchanges.slice().reverse().map((e) => el("li", {},
    el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); openExchange(e.id); } },
      `#${e.id} ${e.action}`), el("small", {}, ` · ${e.calls} API call(s)`))));
}

async function openExchange(id) {
  const raw = $("#raw");
  raw.hidden = false;
  const data = await call(`/_sandbox/exchanges/${id}`).catch((error) => ({ error: error.message }));
  if (data.error) { $("#exchange").textContent = data.error; return; }
  const block = (title, text) => text ? [el("h3", {}, title), el("pre", {}, text)] : [];
  $("#exchange").replaceChildren(el("h2", {}, `#${data.id} ${data.action}`),
    ...block(`${data.request.method || ""} ${data.request.url || ""} (as posted)`, data.request.body || "(no body)"),
    ...block("decrypted", data.decrypted),
    ...block(`reply HTTP ${data.status}, as sent`, data.reply_raw),
    ...block("reply, decrypted", data.reply_plain !== data.reply_raw ? data.reply_plain : ""),
    ...block("notes", (data.notes || []).join("\n")),
    el("h3", {}, `API calls it caused (${data.api_calls.length})`),
    ...data.api_calls.map((c) => el("pre", { class: c.errcode ? "bad" : "" },
      `#${c.seq} ${c.method} ${c.path} → errcode ${c.errcode}\n${JSON.stringify(c.body, null, 1)}`)));
}

// -- wiring -----------------------------------------------------------------------------------------------

function localTime(iso) {
  if (!iso) return "";
  const at = new Date(iso);
  return at.toLocaleString(undefined, { weekday: "short", month: "short", day: "numeric", hour: "2-digit",
    minute: "2-digit" });
}

document.addEventListener("DOMContentLoaded", () => {
  $("#composer").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = event.target.elements.text;
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    await say(text);
  });
  $("#new-persona").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = event.target;
    const answer = await act("/_sandbox/personas", { name: form.elements.name.value, channel: form.elements.channel.value });
    if (answer) { form.reset(); select(answer.chat); }
  });
  $("#chat-select").addEventListener("change", (event) => select(event.target.value));
  for (const button of document.querySelectorAll("[data-advance]")) {
    button.addEventListener("click", () => act("/_sandbox/advance", button.dataset.advance === "next"
      ? { to: "next" } : { advance_s: Number(button.dataset.advance) }));
  }
  $("#reset").addEventListener("click", () => {
    if (confirm("Forget every member, enrolment and record, and start a fresh community?")) act("/_sandbox/reset", {});
  });
  $("#raw-toggle").addEventListener("click", () => { $("#raw").hidden = !$("#raw").hidden; });
  $("#raw-close").addEventListener("click", () => { $("#raw").hidden = true; });
  refresh().catch((error) => showError(error.message));
  setInterval(() => { if (!busy && !document.hidden) refresh().catch(() => {}); }, 3000);
});
