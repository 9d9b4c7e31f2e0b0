/* A tiny single-page app: the article and its links exist only after this runs. */
(function () {
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return el;
  }
  window.addEventListener("load", function () {
    fetch("/api/post.json", {headers: {"Accept": "application/json"}})
      .then(function (r) { return r.json(); })
      .then(function (post) {
        var root = document.getElementById("root");
        root.appendChild(h("header", {}, [h("nav", {}, [h("a", {href: "/"}, ["Home"]), " ", h("a", {href: "/tips"}, ["Tips"])])]));
        var body = h("article", {}, [h("h1", {}, [post.title])]);
        post.paragraphs.forEach(function (p) {
          body.appendChild(h("p", {}, [p.before, h("a", {href: p.href}, [p.anchor]), p.after]));
        });
        root.appendChild(body);
      });
  });
})();
