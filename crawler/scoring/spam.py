"""Spam vocabulary on a page: pharma, gambling, payday loans, adult, replicas,
get-rich and crypto scams, link selling, cracked software.

Each category lists the words and phrases spam pages use, in English,
German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian
(brand names of drugs and casinos are the same everywhere). Phrases are
matched on whole words after the same tokenising as the rest of scoring, so
``machines à sous`` is found in "Machines-à-sous" and ``viagra`` not in
"viagrafalls". The vocabulary is chosen so a single honest mention (a travel
article naming the Monte-Carlo casino) stays below the thresholds of
:mod:`crawler.scoring.naturalness`; a spam page repeats several of them.

>>> report = find_spam("Buy cheap Viagra and Cialis online, no prescription! Viagra 24/7.")
>>> report.distinct, report.hits, sorted(report.categories)
(3, 4, ['pharma'])
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from crawler.scoring.text import words

#: Category -> phrases (all languages together; one phrase per line chunk, "|" separated).
SPAM_VOCABULARY: Mapping[str, str] = MappingProxyType({
    "pharma": (
        # en
        "viagra|cialis|levitra|kamagra|sildenafil|tadalafil|vardenafil|tramadol|xanax|valium|"
        "ambien|oxycodone|hydrocodone|adderall|phentermine|modafinil|clomid|propecia|"
        "online pharmacy|canadian pharmacy|no prescription|without prescription|"
        "without a prescription|male enhancement|penis enlargement|penis pills|enlargement pills|"
        "diet pills|weight loss pills|buy pills|cheap pills|generic viagra|cheap meds|"
        "steroids for sale|buy steroids|"
        # de
        "potenzmittel|potenzpillen|ohne rezept|viagra kaufen|cialis kaufen|penisvergrößerung|"
        "abnehmpillen|schlankheitspillen|"
        # fr
        "sans ordonnance|acheter viagra|agrandissement du pénis|pilules minceur|pilule amaigrissante|"
        # es
        "sin receta|comprar viagra|agrandar el pene|pastillas para adelgazar|"
        # it
        "senza ricetta|acquistare viagra|ingrandimento del pene|pillole dimagranti|"
        # pt
        "sem receita|aumento peniano|pílulas para emagrecer|"
        # nl
        "zonder recept|viagra kopen|afslankpillen|penisvergroting|"
        # pl
        "bez recepty|tabletki na potencję|powiększanie penisa|tabletki odchudzające|"
        # ru
        "без рецепта|купить виагру|виагра|сиалис|увеличение члена|таблетки для похудения"
    ),
    "gambling": (
        "online casino|casino bonus|no deposit bonus|free spins|slot machines|online slots|"
        "sports betting|betting odds|bookmaker|online poker|poker online|roulette|blackjack|"
        "jackpot|sportsbook|casino|gambling|welcome bonus|wagering requirements|crypto casino|"
        "sportwetten|wettanbieter|freispiele|ohne einzahlung|spielautomaten|echtgeld|glücksspiel|"
        "buchmacher|"
        "casino en ligne|paris sportifs|machines à sous|tours gratuits|bonus sans dépôt|"
        "jeux d'argent|argent réel|"
        "casino en línea|apuestas deportivas|tragamonedas|tragaperras|giros gratis|"
        "bono sin depósito|casas de apuestas|dinero real|ruleta|"
        "casinò online|scommesse|giri gratis|bonus senza deposito|soldi veri|"
        "cassino online|apostas esportivas|apostas desportivas|rodadas grátis|caça-níqueis|"
        "dinheiro real|"
        "gokkasten|gratis spins|sportweddenschappen|gokken|"
        "kasyno online|zakłady bukmacherskie|darmowe spiny|automaty do gier|bonus bez depozytu|"
        "bukmacher|"
        "онлайн казино|казино|игровые автоматы|ставки на спорт|букмекер|фриспины|"
        "бездепозитный бонус"
    ),
    "loans": (
        "payday loan|payday loans|cash advance|fast cash|quick loan|quick loans|instant loan|"
        "instant approval|no credit check|bad credit loans|guaranteed approval|title loans|"
        "same day loan|"
        "kredit ohne schufa|sofortkredit|schnellkredit|blitzkredit|kredit trotz schufa|"
        "minikredit|ohne bonitätsprüfung|"
        "prêt rapide|crédit rapide|mini prêt|prêt sans justificatif|crédit sans justificatif|"
        "argent rapide|"
        "préstamo rápido|préstamos rápidos|minicréditos|minicrédito|préstamo sin aval|"
        "dinero rápido|crédito rápido|préstamo al instante|sin consultar asnef|"
        "prestito veloce|prestiti veloci|prestito senza busta paga|soldi subito|"
        "empréstimo rápido|dinheiro rápido|empréstimo sem consulta|"
        "snel lenen|flitskrediet|lenen zonder bkr|minilening|"
        "chwilówka|chwilówki|pożyczka bez bik|szybka pożyczka|kredyt bez bik|"
        "микрозайм|микрозаймы|займ онлайн|займ без отказа|быстрый займ|кредит без справок"
    ),
    "adult": (
        "porn|porno|pornography|xxx|sex cams|live sex|sex chat|webcam girls|escort service|"
        "escorts|nude|nudes|hot singles|adult dating|hookup|milf|camgirl|onlyfans leaks|erotic|"
        "sexkontakte|erotik|pornos|sex treffen|escortservice|seitensprung|"
        "rencontres coquines|plan cul|webcam sexe|escort girl|"
        "sexo en vivo|contactos sexuales|chicas webcam|desnudas|"
        "incontri sesso|"
        "pornô|sexo ao vivo|acompanhantes|garotas de programa|"
        "sexdating|erotiek|neuken|"
        "sex kamerki|roksa|erotyczne|"
        "порно|секс знакомства|интим|эскорт|проститутки"
    ),
    "replica": (
        "replica watches|replica handbags|fake rolex|rolex replica|cheap jordans|"
        "cheap nfl jerseys|cheap louis vuitton|louis vuitton outlet|michael kors outlet|"
        "ugg outlet|designer replicas|knockoff|aaa replica|oakley outlet|"
        "replika uhren|gefälschte rolex|billige rolex|"
        "montres réplique|fausse rolex|louis vuitton pas cher|"
        "relojes réplica|réplicas de relojes|rolex falsos|bolsos réplica|"
        "orologi replica|rolex falsi|borse replica|"
        "relógios réplica|réplicas de relógios|"
        "replica horloges|nep rolex|"
        "repliki zegarków|podróbki|replika rolex|"
        "реплика часов|копии часов|реплики сумок"
    ),
    "scam": (
        "double your bitcoin|bitcoin doubler|crypto giveaway|guaranteed returns|"
        "guaranteed profit|binary options|forex signals|trading bot|get rich quick|"
        "earn money online|make money online|crypto signals|pump and dump|cloud mining|hyip|"
        "elon musk giveaway|free bitcoin|"
        "garantierte rendite|schnell reich|binäre optionen|bitcoin verdoppeln|"
        "online geld verdienen|"
        "rendement garanti|devenir riche rapidement|options binaires|gagner de l'argent en ligne|"
        "rentabilidad garantizada|hazte rico|opciones binarias|ganar dinero online|"
        "ganar dinero desde casa|duplicar bitcoin|"
        "rendimento garantito|opzioni binarie|soldi facili|"
        "rendimento garantido|opções binárias|ganhar dinheiro online|dinheiro fácil|"
        "gegarandeerd rendement|binaire opties|snel rijk|"
        "gwarantowany zysk|opcje binarne|szybki zarobek|"
        "гарантированный доход|бинарные опционы|быстрый заработок|удвоение биткоин"
    ),
    "link_selling": (
        "buy backlinks|cheap backlinks|backlinks for sale|guest post service|pbn links|"
        "link building service|buy followers|buy instagram followers|buy youtube views|"
        "cheap seo|dofollow backlinks|high da backlinks|"
        "backlinks kaufen|follower kaufen|gastartikel kaufen|"
        "acheter des backlinks|acheter des followers|achat de liens|"
        "comprar backlinks|comprar seguidores|venta de enlaces|"
        "comprare backlink|comprare follower|"
        "backlinks kopen|volgers kopen|"
        "kupno linków|kup obserwujących|"
        "купить ссылки|продажа ссылок|накрутка подписчиков"
    ),
    "warez": (
        "keygen|crack download|serial key|full version free download|free download full version|"
        "license key generator|nulled|warez|cracked apk|mod apk|"
        "vollversion kostenlos|"
        "version complète gratuite|télécharger crack|"
        "descargar gratis versión completa|crack descargar|"
        "versione completa gratis|"
        "download grátis versão completa|"
        "кряк|взлом|ключ активации"
    ),
})


@dataclass(frozen=True)
class SpamReport:
    """Spam vocabulary found in a text."""

    terms: Mapping[str, int]        #: phrase -> occurrences
    categories: Mapping[str, int]   #: category -> occurrences
    word_count: int

    @property
    def distinct(self) -> int:
        """How many different spam phrases occur."""
        return len(self.terms)

    @property
    def hits(self) -> int:
        """Occurrences of spam phrases, all together."""
        return sum(self.terms.values())

    @property
    def per_1000_words(self) -> float:
        return 1000.0 * self.hits / self.word_count if self.word_count else 0.0

    def without(self, categories: Iterable[str]) -> "SpamReport":
        """The report with ``categories`` left out (the target's own subject)."""
        dropped = set(categories)
        if not dropped & set(self.categories):
            return self
        terms = {t: n for t, n in self.terms.items() if _CATEGORY_OF[t] not in dropped}
        cats = {c: n for c, n in self.categories.items() if c not in dropped}
        return SpamReport(MappingProxyType(terms), MappingProxyType(cats), self.word_count)


def _phrase_index() -> tuple[Mapping[str, tuple[tuple[str, ...], ...]], Mapping[str, str]]:
    """First word -> phrases (as word tuples, longest first); phrase -> category."""
    index: dict[str, list[tuple[str, ...]]] = {}
    category_of: dict[str, str] = {}
    for category, listing in SPAM_VOCABULARY.items():
        for phrase in listing.split("|"):
            tokens = tuple(words(phrase))
            if not tokens:
                continue
            key = " ".join(tokens)
            if key in category_of:
                continue
            category_of[key] = category
            index.setdefault(tokens[0], []).append(tokens)
    frozen = {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}
    return MappingProxyType(frozen), MappingProxyType(category_of)


_INDEX, _CATEGORY_OF = _phrase_index()
_FIRST_WORDS = frozenset(_INDEX)


def find_spam(text: str | None, *, tokens: list[str] | None = None, max_words: int = 20000) -> SpamReport:
    """Spam phrases in ``text`` (or in its ``tokens`` from :func:`words`):
    each position matches its longest phrase."""
    tokens = (tokens if tokens is not None else words(text))[:max_words]
    terms: dict[str, int] = {}
    skip_to = 0
    for i in [i for i, token in enumerate(tokens) if token in _FIRST_WORDS]:
        if i < skip_to:
            continue
        for phrase in _INDEX[tokens[i]]:
            size = len(phrase)
            if tuple(tokens[i:i + size]) == phrase:
                key = " ".join(phrase)
                terms[key] = terms.get(key, 0) + 1
                skip_to = i + size
                break
    categories: dict[str, int] = {}
    for key, count in terms.items():
        category = _CATEGORY_OF[key]
        categories[category] = categories.get(category, 0) + count
    return SpamReport(MappingProxyType(dict(sorted(terms.items()))),
                      MappingProxyType(dict(sorted(categories.items()))), len(tokens))


def categories_of(text: str | None, *, min_distinct: int = 2) -> frozenset[str]:
    """Spam categories a text is *about* (at least ``min_distinct`` phrases of
    the category): used to leave out the target's own subject."""
    report = find_spam(text)
    found: dict[str, int] = {}
    for key in report.terms:
        category = _CATEGORY_OF[key]
        found[category] = found.get(category, 0) + 1
    return frozenset(c for c, n in found.items() if n >= min_distinct)
