// Renders LINE message objects (what the bot sent, what users sent) as DOM. No framework: plain functions.
"use strict";
const Render = (() => {
  const STICKERS = { "1988": "😊", "1989": "👍", "1990": "🙏", "1991": "😢", "1992": "🎉", "1993": "💪" };
  const SIZES = { xxs: 11, xs: 12, sm: 13, md: 14, lg: 16, xl: 18, xxl: 20, "3xl": 24, "4xl": 28, "5xl": 32 };
  const SPACING = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  const px = (v, table) => v == null ? null : (table[v] ?? (String(v).match(/^\d+(px)?$/) ? parseInt(v, 10) : null));

  // A photo that falls back to a label when its URL is unreachable (offline, or a made-up https URL).
  function photo(url, cls) {
    const img = el("img", cls);
    img.src = url || "";
    img.alt = "รูปภาพ";
    img.loading = "lazy";
    img.onerror = () => img.replaceWith(el("div", "bubble", "🖼️ รูปภาพ\n" + (url || "")));
    return img;
  }

  function message(m, ctx) {
    switch (m.type) {
      case "text": return el("div", "bubble", m.text);
      case "image": return photo(m.previewUrl || m.previewImageUrl || m.originalContentUrl, "photo");
      case "sticker": return el("div", "sticker", STICKERS[m.stickerId] || "🙂");
      case "location": return place(m);
      case "flex": return flexMessage(m, ctx);
      case "template": return template(m, ctx);
      case "video": case "audio": return el("div", "bubble", (m.type === "video" ? "🎬 วิดีโอ " : "🔊 เสียง ") + (m.originalContentUrl || ""));
      case "imagemap": return el("div", "bubble", "🗺️ " + (m.altText || "imagemap"));
      default: return el("pre", "bubble raw", JSON.stringify(m, null, 1));
    }
  }

  function place(m) {
    const card = el("div", "place");
    card.append(el("div", "map", "📍"));
    const info = el("div");
    info.append(el("b", null, m.title || "ตำแหน่ง"), el("br"), document.createTextNode(m.address || ""), el("br"),
      el("small", null, `${m.latitude}, ${m.longitude}`));
    card.append(info);
    return card;
  }

  function flexMessage(m, ctx) {
    const wrap = el("div");
    wrap.append(flex(m.contents, ctx, "vertical"), el("div", "alt", "altText: " + (m.altText || "")));
    return wrap;
  }

  // Walks a Flex container or component; "parent" is the enclosing box layout (decides the default flex).
  function flex(n, ctx, parent) {
    if (!n) return el("span");
    switch (n.type) {
      case "carousel": {
        const c = el("div", "flex-carousel");
        (n.contents || []).forEach(b => c.append(flex(b, ctx)));
        return c;
      }
      case "bubble": {
        const b = el("div", "flex-bubble");
        for (const part of ["header", "hero", "body", "footer"]) {
          if (!n[part]) continue;
          const p = el("div", "part " + part);
          const bg = n.styles?.[part]?.backgroundColor;
          if (bg) p.style.background = bg;
          p.append(flex(n[part], ctx, "vertical"));
          b.append(p);
        }
        return b;
      }
      case "box": {
        const box = el("div", "fx-box fx-" + (n.layout || "vertical"));
        box.style.gap = (px(n.spacing, SPACING) ?? 0) + "px";
        if (n.backgroundColor) box.style.background = n.backgroundColor;
        if (n.cornerRadius) box.style.borderRadius = (px(n.cornerRadius, SPACING) ?? 0) + "px";
        for (const side of ["", "Top", "Bottom", "Start", "End"]) {
          const v = px(n["padding" + (side === "" ? "All" : side)], SPACING);
          if (v != null) box.style["padding" + (side === "" ? "" : side === "Start" ? "Left" : side === "End" ? "Right" : side)] = v + "px";
        }
        common(box, n, parent);
        (n.contents || []).forEach(c => box.append(flex(c, ctx, n.layout || "vertical")));
        return box;
      }
      case "text": {
        const t = el("div", "fx-text" + (n.wrap ? " wrap" : ""));
        if (n.contents?.length) n.contents.forEach(s => t.append(span(s)));
        else t.textContent = n.text ?? "";
        style(t, n);
        common(t, n, parent);
        return t;
      }
      case "span": return span(n);
      case "separator": {
        const s = el("hr", "fx-sep");
        if (n.color) s.style.borderTopColor = n.color;
        return s;
      }
      case "image": {
        const i = photo(n.url, "fx-image");
        if (n.aspectRatio) i.style.aspectRatio = n.aspectRatio.replace(":", "/");
        common(i, n, parent);
        return i;
      }
      case "icon": return photo(n.url, "fx-icon");
      case "button": {
        const b = el("button", "fx-button " + (n.style || "link"), n.action?.label ?? "ปุ่ม");
        if (n.color) b.style[n.style === "link" || !n.style ? "color" : "background"] = n.color;
        b.onclick = () => ctx.onAction(n.action);
        common(b, n, parent);
        return b;
      }
      case "filler": case "spacer": {
        const f = el("div");
        f.style.flex = n.type === "filler" ? String(n.flex ?? 1) : "0 0 " + (px(n.size, SPACING) ?? 8) + "px";
        return f;
      }
      default: return el("div", "raw", `[${n.type}]`);
    }
  }

  function span(s) {
    const e = el("span", null, s.text ?? "");
    style(e, s);
    return e;
  }

  function style(e, n) {
    const size = px(n.size, SIZES);
    if (size) e.style.fontSize = size + "px";
    if (n.weight === "bold") e.style.fontWeight = "700";
    if (n.color) e.style.color = n.color;
    if (n.align) e.style.textAlign = n.align === "start" ? "left" : n.align === "end" ? "right" : "center";
    if (n.style === "italic") e.style.fontStyle = "italic";
    if (n.decoration && n.decoration !== "none") e.style.textDecoration = n.decoration;
  }

  // Children of horizontal boxes share the width (flex 1 by default), vertical ones keep their height.
  function common(e, n, parent) {
    const grow = n.flex ?? (parent === "horizontal" || parent === "baseline" ? 1 : 0);
    e.style.flex = `${grow} ${grow} ${grow ? 0 : "auto"}`;
    const m = px(n.margin, SPACING);
    if (m) e.style[parent === "vertical" ? "marginTop" : "marginLeft"] = m + "px";
  }

  // Legacy template messages: buttons, confirm, carousel → a simple card with action buttons.
  function template(m, ctx) {
    const t = m.template || {};
    const cards = t.type === "carousel" || t.type === "image_carousel" ? t.columns || [] : [t];
    const c = el("div", "flex-carousel");
    for (const col of cards) {
      const b = el("div", "flex-bubble");
      if (col.thumbnailImageUrl || col.imageUrl) b.append(photo(col.thumbnailImageUrl || col.imageUrl, "fx-image"));
      const body = el("div", "part");
      if (col.title) body.append(el("b", null, col.title), el("br"));
      if (col.text) body.append(el("div", "fx-text wrap", col.text));
      for (const a of col.actions || (col.action ? [col.action] : [])) {
        const btn = el("button", "fx-button", a.label);
        btn.onclick = () => ctx.onAction(a);
        body.append(btn);
      }
      b.append(body);
      c.append(b);
    }
    const wrap = el("div");
    wrap.append(c, el("div", "alt", "altText: " + (m.altText || "")));
    return wrap;
  }

  return { message, el, STICKERS };
})();
