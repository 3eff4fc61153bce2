// The simulator page: pick a person and a chat, act as them, see what the bot answers. Polls the chat API.
"use strict";
(() => {
  const API = "/simulator/api";
  const $ = id => document.getElementById(id);
  const { el } = Render;
  const COLORS = ["#f59e0b", "#10b981", "#6366f1", "#ec4899", "#0ea5e9", "#84cc16"];
  const PLACES = [
    { title: "สถาบันพัฒนาองค์กรชุมชน (พอช.)", address: "912 ถ.นวมินทร์ แขวงคลองกุ่ม เขตบึงกุ่ม กรุงเทพฯ 10240", latitude: 13.8216, longitude: 100.6454 },
    { title: "ชุมชนคลองเตย", address: "แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110", latitude: 13.7120, longitude: 100.5630 },
    { title: "ตลาดวโรรส", address: "ต.ช้างม่อย อ.เมือง จ.เชียงใหม่ 50300", latitude: 18.7905, longitude: 99.0010 },
    { title: "มัสยิดกลางปัตตานี", address: "ต.อาเนาะรู อ.เมือง จ.ปัตตานี 94000", latitude: 6.8651, longitude: 101.2442 },
    { title: "บึงแก่นนคร", address: "ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000", latitude: 16.4145, longitude: 102.8350 },
  ];

  let state = null;          // /state: bot, users, groups
  let chat = null;           // { id, kind: "user" | "group" }
  let lastSeq = 0;
  let lastBot = null;        // last bot message (for its quick replies)
  let polling = null;

  const api = async (path, body) => {
    const r = await fetch(API + path, body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    if (!r.ok && r.status !== 204) {
      const e = await r.json().catch(() => ({}));
      throw new Error(e.error || `HTTP ${r.status}`);
    }
    return r.status === 204 ? null : r.json();
  };
  const user = id => state.users.find(u => u.id === id);
  const color = id => COLORS[[...id].reduce((a, c) => a + c.charCodeAt(0), 0) % COLORS.length];
  const avatar = (name, id) => { const a = el("div", "avatar", Array.from(name)[0] || "?"); a.style.background = color(id); return a; };

  async function loadState() {
    state = await api("/state");
    const users = $("users"), groups = $("groups");
    users.replaceChildren(...state.users.map(u => item(u.id, "user", u.name, u.role,
      u.friendship === "friend" ? ["เพื่อน", ""] : u.friendship === "blocked" ? ["บล็อก", "off"] : ["ยังไม่เพิ่มเพื่อน", "off"])));
    groups.replaceChildren(...state.groups.map(g => item(g.id, "group", g.name,
      g.members.map(m => user(m).name.split(" ")[0]).join(", "), g.botIn ? ["มีบอท", ""] : ["ไม่มีบอท", "off"])));
    if (chat) header();
  }

  function item(id, kind, name, sub, [tag, tagClass]) {
    const li = el("li");
    li.classList.toggle("active", chat?.id === id);
    const who = el("div", "who");
    const title = el("span", null, name);
    title.append(el("span", "tag " + tagClass, tag));
    who.append(title, el("small", null, sub));
    li.append(avatar(kind === "group" ? "👥" : name, id), who);
    li.onclick = () => open(id, kind);
    return li;
  }

  function open(id, kind) {
    chat = { id, kind };
    history.replaceState(null, "", "#" + encodeURIComponent(id)); // a chat can be bookmarked or linked
    lastSeq = 0;
    lastBot = null;
    $("messages").replaceChildren();
    $("quick").replaceChildren();
    $("app").classList.add("chatting");
    loadState();
    poll();
    $("text").focus();
  }

  // Header, banner and speaker picker follow the chat's friendship / membership state.
  function header() {
    const group = chat.kind === "group" ? state.groups.find(g => g.id === chat.id) : null;
    const u = group ? null : user(chat.id);
    $("title").textContent = group ? group.name : `CodiBot · คุยในนาม ${u.name}`;
    $("subtitle").textContent = group ? `${group.members.length} สมาชิก + CodiBot` : u.role;
    const action = $("action"), banner = $("banner");
    action.hidden = false;
    if (group) {
      action.textContent = group.botIn ? "นำบอทออก" : "เชิญบอท";
      action.className = "action" + (group.botIn ? " muted" : "");
      action.onclick = () => act(`/groups/${group.id}/${group.botIn ? "leave" : "join"}`);
      showBanner(!group.botIn, "CodiBot ยังไม่อยู่ในกลุ่มนี้", "เชิญเข้ากลุ่ม", `/groups/${group.id}/join`);
      const select = $("speaker-select"), keep = select.value;
      select.replaceChildren(...group.members.map(m => { const o = el("option", null, user(m).name); o.value = m; return o; }));
      if (group.members.includes(keep)) select.value = keep;
    } else {
      const friend = u.friendship === "friend";
      action.textContent = friend ? "บล็อก" : u.friendship === "blocked" ? "เลิกบล็อก" : "เพิ่มเพื่อน";
      action.className = "action" + (friend ? " muted" : "");
      action.onclick = () => act(`/users/${u.id}/${friend ? "block" : "follow"}`);
      showBanner(!friend, u.friendship === "blocked" ? "คุณบล็อก CodiBot อยู่" : "เพิ่ม CodiBot เป็นเพื่อนเพื่อเริ่มใช้งาน",
        u.friendship === "blocked" ? "เลิกบล็อก" : "เพิ่มเพื่อน", `/users/${u.id}/follow`);
    }
    $("speaker").hidden = !group;
  }

  function showBanner(show, text, label, path) {
    $("banner").hidden = !show;
    $("banner-text").textContent = text;
    $("banner-button").textContent = label;
    $("banner-button").onclick = () => act(path);
  }

  async function act(path) {
    try { await api(path, {}); } catch (e) { alert(e.message); }
    await loadState();
    poll();
  }

  async function poll() {
    if (!chat) return;
    clearTimeout(polling);
    const id = chat.id;
    try {
      const r = await api(`/chats/${encodeURIComponent(id)}?after=${lastSeq}`);
      if (chat?.id !== id) return;
      r.entries.forEach(show);
      $("loading").hidden = !r.loading;
      if (r.entries.length) quickReplies();
    } catch { /* the server may be restarting; keep polling */ }
    polling = setTimeout(poll, 1000);
  }

  function show(e) {
    lastSeq = Math.max(lastSeq, e.seq);
    const box = $("messages");
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    if (e.from === "system") box.append(note(e));
    else {
      const row = el("div", "row " + e.from);
      const stack = el("div", "stack");
      const mine = e.from === "user";
      if (mine && chat.kind === "group") stack.append(el("span", "sender", e.name));
      if (!mine) stack.append(el("span", "sender", state.bot.name));
      stack.append(Render.message(e.message, { onAction }));
      const time = new Date(e.at).toLocaleTimeString("th-TH", { hour: "2-digit", minute: "2-digit" });
      stack.append(el("span", "meta", mine ? time : `${time} · ${e.how}`));
      row.append(mine ? avatar(e.name || "?", e.userId || "") : avatar("C", "bot"), stack);
      box.append(row);
      lastBot = mine ? null : e.message;
    }
    if (atBottom || e.from === "user") box.scrollTop = box.scrollHeight;
  }

  function note(e) {
    const details = e.message.details || [];
    const n = el("div", "note" + (details.length ? " error" : ""), (details.length ? "⚠ " : "") + e.message.text);
    if (details.length) {
      const d = el("details");
      d.append(el("summary", null, "รายละเอียด"), document.createTextNode(details.join("\n")));
      n.append(d);
    }
    return n;
  }

  // LINE shows quick replies only under the last message, and only while it is the bot's.
  function quickReplies() {
    const items = lastBot?.quickReply?.items || [];
    $("quick").replaceChildren(...items.map(it => {
      const b = el("button");
      if (it.imageUrl) { const i = el("img"); i.src = it.imageUrl; i.alt = ""; b.append(i); }
      const icon = { camera: "📷 ", cameraRoll: "🖼️ ", location: "📍 " }[it.action?.type] || "";
      b.append(document.createTextNode(icon + (it.action?.label ?? "")));
      b.onclick = () => onAction(it.action);
      return b;
    }));
  }

  function speaker() { return chat.kind === "group" ? $("speaker-select").value : chat.id; }

  async function send(body) {
    if (!chat) return;
    $("quick").replaceChildren();
    lastBot = null;
    closeTray();
    try { await api(`/chats/${encodeURIComponent(chat.id)}/send`, { from: speaker(), ...body }); }
    catch (e) { alert(e.message); }
    poll();
  }

  function onAction(a) {
    if (!a) return;
    switch (a.type) {
      case "message": return send({ type: "text", text: a.text });
      case "postback": return send({ type: "postback", data: a.data, displayText: a.displayText || a.text });
      case "uri": return window.open(a.uri, "_blank", "noopener");
      case "camera": case "cameraRoll": return $("file").click();
      case "location": return sheet("location");
      case "clipboard": return navigator.clipboard?.writeText(a.clipboardText);
      case "datetimepicker": {
        const hint = { date: "YYYY-MM-DD", time: "HH:mm", datetime: "YYYY-MM-DDTHH:mm" }[a.mode] || "";
        const v = prompt(`${a.label || "เลือกวันเวลา"} (${hint})`, a.initial || "");
        if (v) send({ type: "postback", data: a.data, params: { [a.mode]: v } });
        return;
      }
      default: alert("ยังไม่รองรับ action: " + a.type);
    }
  }

  function sheet(kind) {
    const s = $("sheet");
    s.hidden = false;
    $("tray").hidden = true;
    if (kind === "location") {
      s.replaceChildren(...PLACES.map(p => {
        const b = el("button", null, "📍 " + p.title);
        b.onclick = () => send({ type: "location", ...p });
        return b;
      }));
    } else {
      s.replaceChildren(...Object.entries(Render.STICKERS).map(([id, emoji]) => {
        const b = el("button", "big", emoji);
        b.onclick = () => send({ type: "sticker", packageId: "446", stickerId: id });
        return b;
      }));
    }
  }

  function closeTray() { $("tray").hidden = true; $("sheet").hidden = true; }

  async function sendPhotos(files) {
    const images = await Promise.all([...files].map(f => new Promise((ok, fail) => {
      const r = new FileReader();
      r.onload = () => ok({ data: String(r.result).split(",")[1], contentType: f.type || "image/jpeg" });
      r.onerror = fail;
      r.readAsDataURL(f);
    })));
    if (images.length) send({ type: "image", images });
  }

  function sendText() {
    const input = $("text"), text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ type: "text", text, mention: chat?.kind === "group" && $("mention").checked });
  }

  $("send").onclick = sendText;
  $("text").onkeydown = e => { if (e.key === "Enter" && !e.isComposing) sendText(); };
  $("plus").onclick = () => { const t = $("tray"); t.hidden = !t.hidden; $("sheet").hidden = true; };
  $("tray").onclick = e => {
    const k = e.target.closest("button")?.dataset.tray;
    if (k === "photo") $("file").click(); else if (k) sheet(k);
  };
  $("file").onchange = e => { sendPhotos(e.target.files); e.target.value = ""; };
  $("back").onclick = () => { $("app").classList.remove("chatting"); chat = null; history.replaceState(null, "", location.pathname); clearTimeout(polling); loadState(); };

  loadState().then(() => {
    const linked = decodeURIComponent(location.hash.slice(1));
    const group = state.groups.some(g => g.id === linked);
    if (group || state.users.some(u => u.id === linked)) open(linked, group ? "group" : "user");
    else if (window.innerWidth > 720 && state.users.length) open(state.users[0].id, "user");
  });
})();
