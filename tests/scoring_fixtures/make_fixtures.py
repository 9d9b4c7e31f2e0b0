"""Builds the labelled linking pages (``pages/``), the target pages
(``targets/``) and ``manifest.json`` from the texts and the case list below.

Run ``python tests/scoring_fixtures/make_fixtures.py`` after changing a text
or a case; the generated files are committed, the test reads only them.

Each case is one linking page with one link to a target, labelled by hand:
``natural`` (would an SEO auditor call this link natural: editorial,
unpaid, visible, on a page that is not a spam page or link list) and
``relevant`` (is the linking page about the target's subject or a close
one, in the sense of the audit: "a cat blog is not irrelevant to a dog
blog; a smartphone article is"). The link-level facts the page analysers
compute (position, context, page type, anchor type...) are written in the
manifest; the texts (relevance, spam vocabulary), the anchor, the text
around the link and the outbound links are computed from the HTML by the
test.
"""
from __future__ import annotations

import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles_en import ARTICLES as ARTICLES_EN  # noqa: E402
from articles_intl import ARTICLES as ARTICLES_INTL  # noqa: E402
from special_pages import FORUMS, LIST_PAGES, SPAM_PAGES  # noqa: E402
from targets import TARGETS  # noqa: E402

ARTICLES = {**ARTICLES_EN, **ARTICLES_INTL}

WORDS = {
    "en": dict(home="Home", about="About", contact="Contact", blog="Blog", recent="Recent posts",
               blogroll="Blogroll", comments="Comments", reply="Reply", privacy="Privacy policy",
               partners="Partners", sponsored="Sponsored", about_author="About the author",
               search="Search", newsletter="Subscribe to our newsletter"),
    "de": dict(home="Startseite", about="Über uns", contact="Kontakt", blog="Blog", recent="Neueste Beiträge",
               blogroll="Blogroll", comments="Kommentare", reply="Antworten", privacy="Datenschutz",
               partners="Partner", sponsored="Anzeige", about_author="Über die Autorin",
               search="Suche", newsletter="Newsletter abonnieren"),
    "fr": dict(home="Accueil", about="À propos", contact="Contact", blog="Blog", recent="Articles récents",
               blogroll="Blogs amis", comments="Commentaires", reply="Répondre", privacy="Mentions légales",
               partners="Partenaires", sponsored="Sponsorisé", about_author="À propos de l'auteur",
               search="Rechercher", newsletter="S'abonner à la newsletter"),
    "es": dict(home="Inicio", about="Quiénes somos", contact="Contacto", blog="Blog", recent="Entradas recientes",
               blogroll="Blogs amigos", comments="Comentarios", reply="Responder", privacy="Aviso legal",
               partners="Colaboradores", sponsored="Patrocinado", about_author="Sobre la autora",
               search="Buscar", newsletter="Suscríbete al boletín"),
}

COMMENTS = {
    "en": [("Sarah", "Thank you, this was really helpful. We tried it this weekend and it worked."),
           ("Mike", "Great post, I shared it with my sister.")],
    "de": [("Anja", "Vielen Dank für den tollen Beitrag, das probiere ich am Wochenende aus."),
           ("Jens", "Sehr hilfreich, danke!")],
    "fr": [("Claire", "Merci pour cet article très utile, je vais essayer ce week-end."),
           ("Marc", "Super article, merci !")],
    "es": [("Lucía", "Muchas gracias por el artículo, me ha sido muy útil."),
           ("Javier", "¡Genial, lo probaré este fin de semana!")],
}

SOCIAL = ["https://www.facebook.com/{slug}", "https://www.instagram.com/{slug}/",
          "https://www.pinterest.com/{slug}/"]


# --------------------------------------------------------------------- cases
def case(id, target, page, place, anchor, *, natural, relevant, anchor_type, sentence=None, rel=None,
         note="", link_type=None):
    return dict(id=id, target=target, page=page, place=place, anchor=anchor, natural=natural,
                relevant=relevant, anchor_type=anchor_type, sentence=sentence, rel=rel, note=note,
                link_type=link_type)


CASES = [
    # ------------------------------------------------------- dogs (en target)
    case("dogs_01", "t_dogs_en", "dog_recall", "content", "loose-leash walking guide",
         sentence="If your dog pulls, this {link} explains why the leash must never pay off.",
         natural=1, relevant=1, anchor_type="partial", note="on-topic editorial"),
    case("dogs_02", "t_dogs_en", "dog_adoption", "content", "Paws & Claws",
         sentence="The trainers at {link} have a step-by-step plan for dogs that pull on the leash.",
         natural=1, relevant=1, anchor_type="brand", note="on-topic editorial, brand anchor"),
    case("dogs_03", "t_dogs_en", "cat_scratching", "content", "how dog trainers teach leash walking",
         sentence="Cats are not dogs, but the principle is the same as in {link}: reward the behaviour you want.",
         natural=1, relevant=1, anchor_type="partial", note="cat blog: close topic"),
    case("dogs_04", "t_dogs_en", "hund_leine", "content", "englischsprachige Anleitung",
         sentence="Eine ausführliche {link} zur lockeren Leine finden Sie bei Paws & Claws.",
         natural=1, relevant=1, anchor_type="other", note="same topic, German page"),
    case("dogs_05", "t_dogs_en", "smartphone_review", "content", "tips for walking a dog",
         sentence="I tested the battery on long walks with my dog (these {link} helped with the pulling).",
         natural=1, relevant=0, anchor_type="partial", note="editorial but smartphone article: off-topic"),
    case("dogs_06", "t_dogs_en", "seo_agency", "footer", "best dog leash",
         natural=0, relevant=0, anchor_type="exact", note="sitewide footer, commercial exact anchor, SEO site"),
    case("dogs_07", "t_dogs_en", "dog_adoption", "comment", "buy dog leash cheap",
         rel="nofollow ugc", natural=0, relevant=1, anchor_type="partial", note="comment spam on an on-topic page"),
    case("dogs_08", "t_dogs_en", "spam_en", "list", "dog training leash",
         natural=0, relevant=0, anchor_type="partial", note="pharma/casino spam page"),
    case("dogs_09", "t_dogs_en", "chien_education", "content", "ce guide en anglais",
         sentence="Pour aller plus loin, {link} détaille chaque étape de la marche en laisse.",
         natural=1, relevant=1, anchor_type="generic", note="same topic, French page"),
    # ------------------------------------------------------- cats (en target)
    case("cats_01", "t_cats_en", "cat_kitten", "content", "litter box problems",
         sentence="If your kitten starts avoiding the tray later, read this guide to {link} before you panic.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial, keyword anchor"),
    case("cats_02", "t_cats_en", "cat_scratching", "content", "WhiskerWise",
         sentence="The vets at {link} explain how stress leads to marking and house soiling.",
         natural=1, relevant=1, anchor_type="brand", note="on-topic editorial, brand"),
    case("cats_03", "t_cats_en", "dog_adoption", "content", "a good guide from a cat site",
         sentence="If you also share your home with a cat, the new dog may upset its habits; {link} explains litter box trouble.",
         natural=1, relevant=1, anchor_type="other", note="dog page, close topic"),
    case("cats_04", "t_cats_en", "laptop_guide", "blogroll", "Cat Litter Box Problems",
         natural=0, relevant=0, anchor_type="exact", note="blogroll on a laptop site"),
    case("cats_05", "t_cats_en", "linkfarm_en", "list", "cat litter box problems",
         natural=0, relevant=0, anchor_type="exact", note="link farm"),
    case("cats_06", "t_cats_en", "forum_cats", "signature", "WhiskerWise - cat care tips",
         natural=0, relevant=1, anchor_type="brand", note="forum signature on an on-topic thread"),
    case("cats_07", "t_cats_en", "japan_travel", "content", "cat-sitting advice",
         sentence="We left our cat with a sitter for two weeks; this {link} about litter habits helped.",
         natural=1, relevant=0, anchor_type="other", note="editorial, travel article: off-topic"),
    case("cats_08", "t_cats_en", "cat_scratching", "hidden", "litter box problems",
         natural=0, relevant=1, anchor_type="exact", note="hidden link on an on-topic page"),
    # ---------------------------------------------------- finance (en target)
    case("fin_01", "t_finance_en", "retirement_etf", "content", "index funds for beginners",
         sentence="If you are new to this, start with this primer on {link}.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial"),
    case("fin_02", "t_finance_en", "budget_basics", "content", "this beginner's guide",
         sentence="When the emergency fund is full, {link} shows how to start investing.",
         natural=1, relevant=1, anchor_type="generic", note="related finance editorial"),
    case("fin_03", "t_finance_en", "etf_sparplan", "content", "Steady Ledger",
         sentence="Einen guten englischen Einstieg in Indexfonds bietet {link}.",
         natural=1, relevant=1, anchor_type="brand", note="same topic, German page"),
    case("fin_04", "t_finance_en", "spam_en2", "list", "index fund investing",
         natural=0, relevant=0, anchor_type="partial", note="payday loan spam page"),
    case("fin_05", "t_finance_en", "weeknight_pasta", "footer", "best investment app",
         natural=0, relevant=0, anchor_type="other", note="footer, commercial anchor, recipe site"),
    case("fin_06", "t_finance_en", "budget_basics", "sponsored", "invest in index funds",
         sentence="Our partner shows you how to {link} with low fees and a free monthly plan.", rel="sponsored", natural=0, relevant=1, anchor_type="partial", note="paid post on a finance blog"),
    case("fin_07", "t_finance_en", "football_news", "widget", "Start investing today",
         natural=0, relevant=0, anchor_type="other", note="sidebar widget on a football site"),
    case("fin_08", "t_finance_en", "budget_fr", "content", "un guide en anglais",
         sentence="Pour découvrir les fonds indiciels, {link} est très clair.",
         natural=1, relevant=1, anchor_type="generic", note="same area, French page"),
    # ------------------------------------------------------ cooking (de target)
    case("cook_01", "t_cooking_de", "brot_backen", "content", "Sauerteigbrot für Anfänger",
         sentence="Wer zum ersten Mal mit Sauerteig backt, sollte mit diesem Rezept für {link} beginnen.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial"),
    case("cook_02", "t_cooking_de", "kuchen_rezept", "content", "Ofenliebe",
         sentence="Noch mehr Rezepte aus dem Backofen gibt es bei {link}.",
         natural=1, relevant=1, anchor_type="brand", note="baking blog, brand"),
    case("cook_03", "t_cooking_de", "sourdough_en", "content", "a German beginner's recipe",
         sentence="If you read German, {link} uses a cast-iron pot just like mine.",
         natural=1, relevant=1, anchor_type="other", note="same topic, English page"),
    case("cook_04", "t_cooking_de", "handy_test", "content", "Brotrezept",
         sentence="Das Display zeigt Rezepte auch mit mehligen Fingern, etwa dieses {link}.",
         natural=1, relevant=0, anchor_type="partial", note="editorial, smartphone test: off-topic"),
    case("cook_05", "t_cooking_de", "spam_de", "list", "Brot backen Rezept",
         natural=0, relevant=0, anchor_type="partial", note="credit/casino spam page"),
    case("cook_06", "t_cooking_de", "forum_baking_de", "forum_post", "diese Anleitung",
         sentence="Für Anfänger finde ich {link} mit Topf sehr gut erklärt.",
         natural=1, relevant=1, anchor_type="generic", note="helpful forum answer"),
    case("cook_07", "t_cooking_de", "laufen_anfaenger", "footer", "günstige Brotbackformen kaufen",
         natural=0, relevant=0, anchor_type="other", note="footer, commercial anchor, running blog"),
    case("cook_08", "t_cooking_de", "recette_crepes", "comment", "recette pain au levain",
         rel="nofollow ugc", natural=0, relevant=1, anchor_type="partial", note="comment link on a recipe page"),
    # ------------------------------------------------------- travel (fr target)
    case("trav_01", "t_travel_fr", "bretagne_fr", "content", "road trip en Bretagne",
         sentence="Pour une semaine complète, suivez cet itinéraire de {link}.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial"),
    case("trav_02", "t_travel_fr", "randonnee_alpes", "content", "Carnets de route",
         sentence="Envie de mer après la montagne ? Le blog {link} propose un beau voyage en Bretagne.",
         natural=1, relevant=1, anchor_type="brand", note="travel/hiking blog"),
    case("trav_03", "t_travel_fr", "brittany_travel_en", "content", "a 7-day Brittany itinerary",
         sentence="French readers will like {link} with more stops in Finistère.",
         natural=1, relevant=1, anchor_type="partial", note="same topic, English page"),
    case("trav_04", "t_travel_fr", "viaje_es", "content", "esta ruta por Bretaña",
         sentence="Si te gusta la costa atlántica, {link} es la versión francesa de este viaje.",
         natural=1, relevant=1, anchor_type="partial", note="travel, Spanish page"),
    case("trav_05", "t_travel_fr", "smartphone_fr", "content", "mon road trip",
         sentence="J'ai testé l'autonomie pendant {link} en Bretagne.",
         natural=1, relevant=0, anchor_type="partial", note="editorial, smartphone test: off-topic"),
    case("trav_06", "t_travel_fr", "directory_fr", "list", "Road trip Bretagne",
         natural=0, relevant=0, anchor_type="exact", note="general web directory"),
    case("trav_07", "t_travel_fr", "budget_fr", "footer", "road trip bretagne pas cher",
         natural=0, relevant=0, anchor_type="partial", note="footer, commercial anchor, savings blog"),
    case("trav_08", "t_travel_fr", "japan_travel", "blogroll", "Carnets de route",
         natural=0, relevant=1, anchor_type="brand", note="blogroll on a travel blog"),
    # --------------------------------------------------------- tech (es target)
    case("tech_01", "t_tech_es", "moviles_es", "content", "los mejores móviles de gama media",
         sentence="Si quieres más opciones, consulta {link} de TechLupa.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial"),
    case("tech_02", "t_tech_es", "portatiles_es", "content", "TechLupa",
         sentence="Y si buscas también un móvil, en {link} tienen una buena guía de gama media.",
         natural=1, relevant=1, anchor_type="brand", note="laptops: close topic"),
    case("tech_03", "t_tech_es", "smartphone_review", "content", "a Spanish comparison of mid-range phones",
         sentence="For rivals at the same price, see {link}.",
         natural=1, relevant=1, anchor_type="partial", note="same topic, English page"),
    case("tech_04", "t_tech_es", "handy_test", "content", "spanischen Vergleichstest",
         sentence="Günstigere Alternativen zeigt dieser {link} der Mittelklasse.",
         natural=1, relevant=1, anchor_type="other", note="same topic, German page"),
    case("tech_05", "t_tech_es", "perros_es", "content", "móvil con buena cámara",
         sentence="Para fotografiar a tu perro corriendo, un {link} ayuda mucho.",
         natural=1, relevant=0, anchor_type="partial", note="editorial, dog article: off-topic"),
    case("tech_06", "t_tech_es", "receta_es", "footer", "comprar móviles baratos",
         natural=0, relevant=0, anchor_type="partial", note="footer, commercial anchor, recipe site"),
    case("tech_07", "t_tech_es", "spam_es", "list", "móviles gama media",
         natural=0, relevant=0, anchor_type="partial", note="loan/casino spam page"),
    case("tech_08", "t_tech_es", "moviles_es", "banner", "Los mejores móviles de gama media",
         rel="sponsored", link_type="image", natural=0, relevant=1, anchor_type="image",
         note="sponsored banner on an on-topic page"),
    # ------------------------------------------------------ garden (en target)
    case("gard_01", "t_garden_en", "tomato_blight", "content", "growing tomatoes from seed",
         sentence="Healthy plants resist disease better, so start with this guide to {link}.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial"),
    case("gard_02", "t_garden_en", "compost_en", "content", "Greenrow Gardens",
         sentence="Our friends at {link} use this compost for their tomato seedlings.",
         natural=1, relevant=1, anchor_type="brand", note="gardening editorial"),
    case("gard_03", "t_garden_en", "garten_tomaten", "content", "englische Anleitung zur Anzucht",
         sentence="Eine ausführliche {link} von Tomaten aus Samen gibt es bei Greenrow Gardens.",
         natural=1, relevant=1, anchor_type="other", note="same topic, German page"),
    case("gard_04", "t_garden_en", "car_review", "content", "my tomato seedlings",
         sentence="The boot swallowed forty trays of {link} on the way to the allotment.",
         natural=1, relevant=0, anchor_type="partial", note="editorial, car review: off-topic"),
    case("gard_05", "t_garden_en", "linkfarm_en2", "list", "growing tomatoes",
         natural=0, relevant=0, anchor_type="partial", note="link exchange farm"),
    case("gard_06", "t_garden_en", "compost_en", "comment", "cheap tomato seeds online",
         rel="nofollow ugc", natural=0, relevant=1, anchor_type="partial", note="comment spam, on-topic page"),
    case("gard_07", "t_garden_en", "marathon_en", "footer", "Growing Tomatoes from Seed",
         natural=0, relevant=0, anchor_type="exact", note="footer on a running blog"),
    case("gard_08", "t_garden_en", "weeknight_pasta", "content", "grow your own tomatoes",
         sentence="The best sauce comes from tomatoes you {link} in summer.",
         natural=1, relevant=0, anchor_type="partial", note="grey: recipe page, cooking is not gardening"),
    # ----------------------------------------------------- running (de target)
    case("run_01", "t_running_de", "laufen_anfaenger", "content", "Halbmarathon-Trainingsplan",
         sentence="Wer danach mehr will, findet hier einen {link} für zwölf Wochen.",
         natural=1, relevant=1, anchor_type="exact", note="on-topic editorial"),
    case("run_02", "t_running_de", "marathon_en", "content", "a German half marathon plan",
         sentence="Before the full distance, try {link} as a stepping stone.",
         natural=1, relevant=1, anchor_type="partial", note="same topic, English page"),
    case("run_03", "t_running_de", "running_es", "content", "un plan de media maratón en alemán",
         sentence="Después de los 10 km, {link} es el siguiente paso.",
         natural=1, relevant=1, anchor_type="partial", note="same topic, Spanish page"),
    case("run_04", "t_running_de", "urlaub_ostsee", "content", "Trainingsplan",
         sentence="Morgens bin ich am Strand gelaufen, nach diesem {link}.",
         natural=1, relevant=0, anchor_type="partial", note="editorial, holiday report: off-topic"),
    case("run_05", "t_running_de", "spam_de2", "list", "Halbmarathon Trainingsplan",
         natural=0, relevant=0, anchor_type="exact", note="casino/credit spam page"),
    case("run_06", "t_running_de", "forum_running_de", "signature", "Laufwerk - Trainingspläne",
         natural=0, relevant=1, anchor_type="brand", note="forum signature, on-topic thread"),
    case("run_07", "t_running_de", "brot_backen", "widget", "Laufschuhe günstig kaufen",
         natural=0, relevant=0, anchor_type="other", note="sidebar widget on a bread blog"),
    case("run_08", "t_running_de", "laufen_anfaenger", "author_bio", "Laufwerk",
         natural=1, relevant=1, anchor_type="brand", note="author bio of a guest post, on-topic"),
]

#: place -> (position, context)
PLACES = {
    "content": ("content", "editorial"), "hidden": ("content", "editorial"),
    "comment": ("content", "comment"), "sponsored": ("content", "editorial"),
    "author_bio": ("content", "author_bio"), "blogroll": ("sidebar", "blogroll"),
    "widget": ("sidebar", "widget"), "banner": ("sidebar", "banner"),
    "footer": ("footer", "link_list"), "signature": ("content", "signature"),
    "forum_post": ("content", "forum_post"), "list": ("content", "link_list"),
}


# ----------------------------------------------------------------- templates
def esc(text: str) -> str:
    return html.escape(text, quote=True)


def a(href: str, text: str, rel: str | None = None, extra: str = "") -> str:
    rel_attr = f' rel="{rel}"' if rel else ""
    return f'<a href="{esc(href)}"{rel_attr}{extra}>{esc(text)}</a>'


def page_shell(lang: str, title: str, site: str, host: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{esc(title)} - {esc(site)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<link rel="stylesheet" href="https://{host}/assets/style.css">\n'
            f'<script src="https://{host}/assets/site.js" defer></script>\n</head>\n'
            f'<body class="post-template">\n{body}\n</body>\n</html>\n')


def header(lang: str, site: str, host: str) -> str:
    w = WORDS[lang]
    nav = "".join(f'<li>{a(f"https://{host}{p}", t)}</li>' for p, t in
                  (("/", w["home"]), ("/blog/", w["blog"]), ("/about/", w["about"]), ("/contact/", w["contact"])))
    return (f'<header class="site-header"><div class="site-branding"><a class="site-title" href="https://{host}/">'
            f'{esc(site)}</a></div>\n<nav class="main-navigation"><ul class="menu">{nav}</ul></nav>\n'
            f'<form class="search-form" action="https://{host}/"><input type="search" name="s" '
            f'placeholder="{esc(w["search"])}"></form></header>')


def footer(lang: str, site: str, host: str, extra: str = "") -> str:
    w = WORDS[lang]
    slug = host.split(".")[1] if host.count(".") >= 2 else host.split(".")[0]
    social = " ".join(a(u.format(slug=slug), u.split("//")[1].split(".")[1].capitalize()) for u in SOCIAL)
    return (f'<footer class="site-footer"><div class="footer-widgets">{extra}</div>\n'
            f'<p class="social">{social}</p>\n<p class="copyright">© 2026 {esc(site)} · '
            f'{a(f"https://{host}/privacy/", w["privacy"])} · {a(f"https://{host}/newsletter/", w["newsletter"])}'
            f'</p></footer>')


def sidebar(lang: str, host: str, article_key: str, widgets: str = "") -> str:
    w = WORDS[lang]
    others = [k for k in ARTICLES if ARTICLES[k]["host"] == host and k != article_key]
    recent = "".join(f'<li>{a(f"https://{host}/blog/post-{i}/", t)}</li>' for i, t in enumerate(
        [w["recent"] + " 1", w["recent"] + " 2", w["recent"] + " 3"][: 3 - len(others)] + others))
    return (f'<aside id="secondary" class="widget-area sidebar">\n<section class="widget widget_recent_entries">'
            f'<h2 class="widget-title">{esc(w["recent"])}</h2><ul>{recent}</ul></section>\n{widgets}</aside>')


def blog_page(key: str, c: dict | None, target_url: str | None) -> str:
    art = ARTICLES[key]
    lang, host, site = art["lang"], art["host"], art["site"]
    w = WORDS[lang]
    place = c["place"] if c else None
    link = a(target_url, c["anchor"], c["rel"]) if c else ""
    paragraphs = [esc(p) for p in art["paragraphs"]]
    widgets, footer_extra, after_article = "", "", ""
    if place in ("content", "sponsored"):
        spot = min(2, len(paragraphs) - 1)
        paragraphs[spot] += " " + esc(c["sentence"]).replace("{link}", link)
    elif place == "hidden":
        paragraphs[1] += f' <span style="display:none">{link}</span>'
    elif place == "author_bio":
        after_article = (f'<div class="author-bio"><h3>{esc(w["about_author"])}</h3><p>Katrin Vogel trainiert seit'
                         f' zehn Jahren Laufanfänger und schreibt für {link} über Trainingspläne.</p></div>')
    elif place == "blogroll":
        items = "".join(f"<li>{x}</li>" for x in [
            a("https://www.morning-coffee-notes.com/", "Morning Coffee Notes"), link,
            a("https://www.the-weekend-diy.com/", "The Weekend DIY"),
            a("https://www.northernlights-photo.net/", "Northern Lights Photo")])
        widgets = (f'<section class="widget widget_links"><h2 class="widget-title">{esc(w["blogroll"])}</h2>'
                   f'<ul class="blogroll">{items}</ul></section>')
    elif place == "widget":
        widgets = (f'<section class="widget widget_text"><h2 class="widget-title">{esc(w["partners"])}</h2>'
                   f'<div class="textwidget"><p>{link}</p></div></section>')
    elif place == "banner":
        img = (f'<a href="{esc(target_url)}" rel="{c["rel"]}"><img src="https://{host}/ads/banner-300x250.jpg" '
               f'width="300" height="250" alt="{esc(c["anchor"])}"></a>')
        widgets = (f'<section class="widget widget_media_image ad-banner"><span class="ad-label">'
                   f'{esc(w["sponsored"])}</span>{img}</section>')
    elif place == "footer":
        footer_extra = (f'<section class="widget"><h3>{esc(w["partners"])}</h3><ul class="footer-links">'
                        f'<li>{a("https://www.citybreak-hotels-deals.com/", "Hotel deals")}</li><li>{link}</li>'
                        f'<li>{a("https://www.autoversicherung-vergleich24.net/", "Insurance")}</li></ul></section>')
    body_paragraphs = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    sponsored_note = (f'<p class="sponsored-note"><em>{esc(w["sponsored"])}</em></p>' if place == "sponsored" else "")
    comments = list(COMMENTS[lang])
    comment_items = "".join(
        f'<li class="comment"><div class="comment-author">{esc(n)}</div><div class="comment-content"><p>{esc(t)}</p>'
        f'</div><a class="comment-reply-link" href="#respond">{esc(w["reply"])}</a></li>' for n, t in comments)
    if place == "comment":
        spam = {"en": "Nice article! I found great products here:", "de": "Schöner Artikel! Schaut mal hier:",
                "fr": "Super article ! Voici aussi :", "es": "¡Buen artículo! Mirad también:"}[lang]
        comment_items += (f'<li class="comment"><div class="comment-author">'
                          f'<a href="{esc(target_url)}" rel="external nofollow ugc">best deals</a></div>'
                          f'<div class="comment-content"><p>{esc(spam)} {link}</p></div></li>')
    source = {"en": "Source", "de": "Quelle", "fr": "Source", "es": "Fuente"}[lang]
    article = (f'<article class="post hentry"><header class="entry-header"><h1 class="entry-title">{esc(art["title"])}</h1>'
               f'<div class="entry-meta"><time datetime="2026-02-14">14.02.2026</time></div></header>\n'
               f'<div class="entry-content">\n{sponsored_note}{body_paragraphs}\n'
               f'<p>{source}: {a("https://en.wikipedia.org/wiki/Main_Page", "Wikipedia")}</p></div>\n'
               f'{after_article}</article>\n'
               f'<section id="comments" class="comments-area"><h2>{esc(w["comments"])}</h2>'
               f'<ol class="comment-list">{comment_items}</ol></section>')
    body = (f'{header(lang, site, host)}\n<div id="content" class="site-content"><main id="main" class="site-main">\n'
            f'{article}\n</main>\n{sidebar(lang, host, key, widgets)}\n</div>\n{footer(lang, site, host, footer_extra)}')
    return page_shell(lang, art["title"], site, host, body)


def spam_page(key: str, c: dict, target_url: str) -> str:
    sp = SPAM_PAGES[key]
    lang, host = sp["lang"], sp["host"]
    words = sp["link_words"]
    links = []
    for i in range(48):
        word = words[i % len(words)]
        slug = word.replace(" ", "-")
        links.append(a(f"https://www.{slug}-{i % 7}.{['com', 'net', 'info', 'biz'][i % 4]}/", word.title()))
    links.insert(23, a(target_url, c["anchor"]))
    items = "".join(f"<li>{x}</li>" for x in links)
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in sp["paragraphs"])
    body = (f'<div class="top-banner"><a href="https://www.casino-royal-bonus.net/?ref=77">'
            f'<img src="https://{host}/img/casino-728x90.gif" alt="Online Casino Bonus"></a></div>\n'
            f'<h1>{esc(sp["title"])}</h1>\n<div class="main">{paras}\n<h2>Top links</h2><ul class="links">{items}</ul></div>\n'
            f'<div class="sidebar"><p>{esc(sp["paragraphs"][0])}</p></div>\n'
            f'<div class="footer"><p>{esc(sp["title"])} © 2026</p></div>')
    return page_shell(lang, sp["title"], host, host, body)


def list_page(key: str, c: dict, target_url: str) -> str:
    lp = LIST_PAGES[key]
    lang, host = lp["lang"], lp["host"]
    sections = []
    for ci, category in enumerate(lp["categories"]):
        items = []
        for i in range(lp["per_category"]):
            name = f"{category.split()[0].lower().replace('&', '')}{ci}{i}"
            label = {"en": "site", "fr": "site"}.get(lang, "site")
            blurb = {"en": f"{category} resource number {i + 1}", "fr": f"ressource {category} numéro {i + 1}"}[lang]
            items.append(f'<li>{a(f"https://www.{name}-site.com/", f"{category} {label} {i + 1}")} - '
                         f'{esc(blurb)}</li>')
        if ci == 1:
            items.insert(7, f'<li>{a(target_url, c["anchor"])} - {esc(c["anchor"])}</li>')
        sections.append(f'<section class="category"><h2>{esc(category)}</h2><ul class="links">{"".join(items)}</ul></section>')
    body = (f'{header(lang, lp["title"].split(" - ")[-1], host)}\n<main class="directory">\n<h1>{esc(lp["title"])}</h1>\n'
            f'<p class="intro">{esc(lp["intro"])}</p>\n{"".join(sections)}\n</main>\n'
            f'{footer(lang, host, host)}')
    return page_shell(lang, lp["title"], host, host, body)


def forum_page(key: str, c: dict, target_url: str) -> str:
    fp = FORUMS[key]
    lang, host = fp["lang"], fp["host"]
    posts = []
    for i, (user, text) in enumerate(fp["posts"]):
        content = esc(text)
        signature = ""
        if c["place"] == "forum_post" and i == 2:
            content += " " + esc(c["sentence"]).replace("{link}", a(target_url, c["anchor"]))
        if c["place"] == "signature" and i == 1:
            signature = f'<div class="signature">{a(target_url, c["anchor"])}</div>'
        posts.append(f'<div class="post" id="p{1000 + i}"><div class="postprofile"><strong>{esc(user)}</strong></div>'
                     f'<div class="postbody"><div class="content">{content}</div>{signature}</div></div>')
    body = (f'<div id="page-header"><h1><a href="https://{host}/">{esc(fp["forum"])}</a></h1>'
            f'<div class="navbar"><a href="https://{host}/">Index</a> › <a href="https://{host}/forum/">'
            f'{esc(fp["section"])}</a></div></div>\n<div id="page-body"><h2 class="topic-title">'
            f'{esc(fp["title"].split(" - ")[0].split(" | ")[0])}</h2>\n{"".join(posts)}</div>\n'
            f'<div id="page-footer"><p>Powered by phpBB® Forum Software</p></div>')
    return page_shell(lang, fp["title"], fp["forum"], host, body)


def target_page(key: str) -> str:
    t = TARGETS[key]
    host = t["url"].split("/")[2]
    paras = "\n".join(f"<p>{esc(p)}</p>" for p in t["paragraphs"])
    body = (f'{header(t["lang"], t["site"], host)}\n<main><article class="post"><h1>{esc(t["title"].split(" | ")[0])}</h1>'
            f'<div class="entry-content">{paras}</div></article></main>\n{footer(t["lang"], t["site"], host)}')
    return page_shell(t["lang"], t["title"], t["site"], host, body)


def linking_page(c: dict) -> tuple[str, str, str, str]:
    """(html, url, language, page_type) of a case's linking page."""
    target_url = TARGETS[c["target"]]["url"]
    key = c["page"]
    if key in ARTICLES:
        art = ARTICLES[key]
        return blog_page(key, c, target_url), f'https://{art["host"]}{art["path"]}', art["lang"], "article"
    if key in SPAM_PAGES:
        sp = SPAM_PAGES[key]
        return spam_page(key, c, target_url), f'https://{sp["host"]}{sp["path"]}', sp["lang"], "other"
    if key in LIST_PAGES:
        lp = LIST_PAGES[key]
        return list_page(key, c, target_url), f'https://{lp["host"]}{lp["path"]}', lp["lang"], lp["page_type"]
    fp = FORUMS[key]
    return forum_page(key, c, target_url), f'https://{fp["host"]}{fp["path"]}', fp["lang"], "forum"


#: Cases also served by the local test web (tests/test_scoring_e2e.py), with their target.
SERVED = ("dogs_01", "dogs_05", "dogs_06", "dogs_08")


def write_local_web(manifest: dict) -> None:
    """Copy the served cases and their target under tests/web/sites/<host>/<path>."""
    sites = HERE.parent / "web" / "sites"
    cases = {c["id"]: c for c in manifest["cases"]}
    files = [(cases[i]["url"], HERE / cases[i]["file"]) for i in SERVED]
    targets = {cases[i]["target"] for i in SERVED}
    files += [(manifest["targets"][t]["url"], HERE / manifest["targets"][t]["file"]) for t in sorted(targets)]
    for url, source in files:
        host, _, path = url.split("://", 1)[1].partition("/")
        path = path.rstrip("/")
        name = f"{path}/index.html" if url.endswith("/") else path
        if not name.endswith(".html"):
            name += ".html" if "." not in name.rsplit("/", 1)[-1] else ""
        destination = sites / host / name.lstrip("/")
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")


def main() -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "targets").mkdir(exist_ok=True)
    manifest = {"targets": {}, "cases": []}
    for key, t in TARGETS.items():
        (HERE / "targets" / f"{key}.html").write_text(target_page(key), encoding="utf-8")
        manifest["targets"][key] = {"file": f"targets/{key}.html", "url": t["url"], "language": t["lang"]}
    for c in CASES:
        page_html, url, lang, page_type = linking_page(c)
        (HERE / "pages" / f"{c['id']}.html").write_text(page_html, encoding="utf-8")
        position, context = PLACES[c["place"]]
        rel = c["rel"]
        tokens = set((rel or "").split())
        manifest["cases"].append({
            "id": c["id"], "file": f"pages/{c['id']}.html", "url": url, "target": c["target"],
            "labels": {"natural": c["natural"], "relevant": c["relevant"]},
            "note": c["note"],
            "link": {
                "position": position, "context": context, "page_type": page_type,
                "hidden": c["place"] == "hidden", "link_type": c["link_type"] or "text",
                "anchor_text": c["anchor"], "anchor_type": c["anchor_type"], "rel": rel,
                "nofollow": "nofollow" in tokens, "ugc": "ugc" in tokens, "sponsored": "sponsored" in tokens,
                "language": lang, "links_to_target": 2 if c["place"] == "comment" else 1,
            },
        })
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_local_web(manifest)
    print(f"{len(manifest['cases'])} cases, {len(manifest['targets'])} targets")


if __name__ == "__main__":
    main()
