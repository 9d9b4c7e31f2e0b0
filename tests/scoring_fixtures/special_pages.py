"""Spam pages, link farms, directories and forum threads of the labelled set."""

SPAM_PAGES = {
    "spam_en": dict(
        lang="en", host="www.megadeals-247shop.net", path="/best-offers-today.html",
        title="Best Online Deals Today - Cheap Viagra, Casino Bonus, Fast Cash Loans",
        paragraphs=[
            "Welcome to the best deals online! Buy cheap Viagra and Cialis without prescription from our"
            " trusted online pharmacy. Generic Viagra, Levitra and Tramadol shipped worldwide, discreet"
            " packaging, no prescription needed. Male enhancement pills and weight loss pills at the"
            " lowest prices.",
            "Play at the best online casino with a 500% welcome bonus and 200 free spins! No deposit"
            " bonus for new players, online slots, roulette, blackjack and sports betting with the best"
            " betting odds. Win the jackpot today!",
            "Need money fast? Payday loans with instant approval and no credit check. Fast cash in 10"
            " minutes, bad credit loans accepted, guaranteed approval. Replica watches and cheap louis"
            " vuitton bags also available, plus buy backlinks and cheap SEO for your site.",
        ],
        link_words=["cheap viagra online", "casino bonus", "payday loans", "replica watches",
                    "buy followers", "free spins", "online pharmacy", "crypto giveaway",
                    "weight loss pills", "sports betting", "cheap jordans", "fast cash"],
    ),
    "spam_en2": dict(
        lang="en", host="www.quickcash-loan-advisor.info", path="/loans/compare.php",
        title="Payday Loans Online - Instant Approval, No Credit Check",
        paragraphs=[
            "Get payday loans online with instant approval! Our partners offer quick loans, cash advance"
            " and same day loan options even with bad credit. No credit check, guaranteed approval, fast"
            " cash deposited today.",
            "Compare title loans and installment loans from 50 lenders. Bad credit loans up to $5,000."
            " Make money online with binary options and forex signals, or double your bitcoin with our"
            " trading bot. Guaranteed returns every week!",
            "Bonus: play online casino games with free spins and a no deposit bonus while you wait for"
            " your loan. Online poker and sports betting partners.",
        ],
        link_words=["payday loans", "quick loan", "cash advance", "bad credit loans", "binary options",
                    "forex signals", "online casino", "trading bot", "free bitcoin", "no credit check"],
    ),
    "spam_de": dict(
        lang="de", host="www.guenstig-kredit-sofort.info", path="/angebote/",
        title="Kredit ohne Schufa sofort - Online Casino Bonus - Potenzmittel ohne Rezept",
        paragraphs=[
            "Kredit ohne Schufa sofort aufs Konto! Sofortkredit und Schnellkredit ohne Bonitätsprüfung,"
            " Minikredit bis 3.000 Euro. Kredit trotz Schufa, Blitzkredit in 24 Stunden.",
            "Online Casino mit 100 Freispiele ohne Einzahlung! Spielautomaten, Roulette und Blackjack um"
            " Echtgeld. Sportwetten beim besten Wettanbieter, Glücksspiel rund um die Uhr.",
            "Potenzmittel ohne Rezept bestellen: Viagra kaufen, Cialis kaufen, Potenzpillen und"
            " Abnehmpillen diskret geliefert. Replika Uhren und Backlinks kaufen zum Bestpreis.",
        ],
        link_words=["kredit ohne schufa", "online casino", "viagra kaufen", "sofortkredit", "freispiele",
                    "potenzmittel", "sportwetten", "backlinks kaufen", "abnehmpillen", "blitzkredit"],
    ),
    "spam_de2": dict(
        lang="de", host="www.bester-bonus-vergleich.biz", path="/casino-und-kredit.html",
        title="Casino Bonus Vergleich und Sofortkredit ohne Schufa",
        paragraphs=[
            "Die besten Online Casinos im Vergleich: Freispiele ohne Einzahlung, Spielautomaten und"
            " Sportwetten. Jetzt Echtgeld Bonus sichern beim Buchmacher Ihrer Wahl.",
            "Geld knapp? Kredit ohne Schufa und Sofortkredit ohne Bonitätsprüfung. Online Geld verdienen"
            " mit binäre Optionen, garantierte Rendite von 20 Prozent im Monat!",
            "Außerdem: Potenzmittel ohne Rezept, Viagra kaufen und Follower kaufen für Instagram.",
        ],
        link_words=["casino vergleich", "freispiele", "kredit ohne schufa", "binäre optionen",
                    "viagra kaufen", "follower kaufen", "sportwetten", "sofortkredit"],
    ),
    "spam_es": dict(
        lang="es", host="www.ofertas-rapidas-online.net", path="/prestamos-y-casino/",
        title="Préstamos rápidos sin aval, casino online y ofertas sin receta",
        paragraphs=[
            "Préstamos rápidos online: minicréditos hasta 1.000 euros, préstamo sin aval y dinero rápido"
            " en tu cuenta en 15 minutos. Préstamo al instante, sin consultar ASNEF.",
            "Casino online con bono sin depósito y 100 giros gratis. Tragamonedas, ruleta, blackjack y"
            " apuestas deportivas en las mejores casas de apuestas. Juega con dinero real.",
            "Comprar viagra sin receta, pastillas para adelgazar y relojes réplica al mejor precio. Ganar"
            " dinero online con opciones binarias.",
        ],
        link_words=["préstamos rápidos", "casino online", "minicréditos", "giros gratis",
                    "comprar viagra", "apuestas deportivas", "relojes réplica", "opciones binarias"],
    ),
}

LIST_PAGES = {
    "linkfarm_en": dict(
        lang="en", host="www.top-web-resources-hub.com", path="/resources/useful-links.html",
        title="Useful Links and Resources - Top Web Resources Hub",
        intro="Our editors collected the most useful websites on the internet. Browse the categories"
              " below and submit your site for free.",
        categories=["Health", "Pets", "Finance", "Home & Garden", "Technology", "Travel", "Business",
                    "Shopping"],
        per_category=20, page_type="directory",
    ),
    "linkfarm_en2": dict(
        lang="en", host="www.free-backlink-exchange.org", path="/partners/page-7.html",
        title="Partner Sites - Free Link Exchange Network (Page 7)",
        intro="Exchange links with thousands of websites. Add our banner to your site and get listed"
              " on our partner pages instantly. Dofollow backlinks for every partner.",
        categories=["Partners A-F", "Partners G-M", "Partners N-S", "Partners T-Z"],
        per_category=40, page_type="directory",
    ),
    "directory_fr": dict(
        lang="fr", host="www.annuaire-sites-france.fr", path="/categories/loisirs-voyages.html",
        title="Annuaire des sites français - Loisirs, voyages, maison, finances",
        intro="L'annuaire gratuit des meilleurs sites francophones. Inscrivez votre site en quelques"
              " minutes et gagnez en visibilité.",
        categories=["Voyages", "Maison", "Finances", "Auto-moto", "Santé", "Informatique"],
        per_category=15, page_type="directory",
    ),
}

FORUMS = {
    "forum_cats": dict(
        lang="en", host="forum.catlovers-community.net", path="/threads/cat-peeing-outside-litter-box.48213/",
        title="Cat peeing outside the litter box - help! | Cat Lovers Community",
        forum="Cat Lovers Community", section="Cat Health & Behaviour",
        posts=[
            ("mittens_mom", "My 6-year-old cat suddenly started peeing on the bathroom rug and next to the"
             " litter box. Nothing changed at home except we got a new sofa. The vet said her urine"
             " test was fine. Any ideas? I am at my wits' end."),
            ("tabbytom", "Did you change the litter? My cat refused a new scented litter for weeks. Also"
             " try a second litter box in another room, and clean the rug with an enzyme cleaner or"
             " she will keep going back to the smell."),
            ("feline_fixer", "Stress is a big one. A new sofa smells strange, and some cats mark when they"
             " feel insecure. Give her more vertical space and a scratching post near the sofa. Keep"
             " the tray very clean and uncovered."),
            ("mittens_mom", "Thanks all! We moved the box away from the washing machine and bought an"
             " uncovered tray. Two weeks without accidents now."),
        ],
    ),
    "forum_baking_de": dict(
        lang="de", host="forum.brotback-freunde.de", path="/viewtopic.php?t=7781",
        title="Sauerteigbrot wird zu flach - was mache ich falsch? - Brotback-Freunde Forum",
        forum="Brotback-Freunde", section="Sauerteig",
        posts=[
            ("anfaengerbaecker", "Mein Sauerteigbrot läuft im Ofen immer breit und wird ganz flach. Ich"
             " backe mit Weizenmehl 550, 70 Prozent Wasser und lasse den Teig über Nacht im Kühlschrank"
             " gehen. Der Sauerteig ist drei Wochen alt."),
            ("roggenrudi", "Klingt nach zu wenig Spannung beim Formen oder nach Übergare. Wie warm ist"
             " deine Küche? Im Sommer reicht oft eine kürzere Stockgare."),
            ("krustenkoenigin", "Probier mal weniger Wasser, 65 Prozent, und backe im gusseisernen Topf."
             " Das Dehnen und Falten in der ersten Stunde gibt dem Teig Kraft."),
            ("anfaengerbaecker", "Danke! Mit weniger Wasser und einem Topf ist das Brot viel höher"
             " geworden, die Kruste ist super."),
        ],
    ),
    "forum_running_de": dict(
        lang="de", host="www.laeuferforum-online.de", path="/forum/thema/erster-halbmarathon-tipps",
        title="Erster Halbmarathon im Herbst - Tipps? - Läuferforum",
        forum="Läuferforum", section="Training & Wettkampf",
        posts=[
            ("sonntagslaeufer", "Ich laufe seit einem Jahr dreimal pro Woche und schaffe zehn Kilometer in"
             " 58 Minuten. Im Oktober möchte ich meinen ersten Halbmarathon laufen. Wie viele Wochen"
             " Training brauche ich?"),
            ("tempomacher", "Zwölf Wochen reichen gut. Wichtig ist der lange Lauf am Wochenende, den du"
             " langsam auf 18 Kilometer steigerst. Einmal pro Woche Intervalle oder ein Tempodauerlauf."),
            ("marathonmaria", "Und nicht zu schnell starten! Die meisten Anfänger laufen die ersten"
             " Kilometer viel zu flott. Teste Gels und Schuhe vorher im Training."),
            ("sonntagslaeufer", "Super, danke euch. Dann fange ich nächste Woche mit dem Plan an."),
        ],
    ),
}
