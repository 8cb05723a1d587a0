"""The demo sites in Spanish: each English page's translation, made as an editor would make it
(Wagtail's `copy_for_translation`, then published), with its Spanish title, address and words.

Written in our own words, in plain, person-first Spanish ("personas que usan drogas"), with the
same facts and the same sources as the English. The body of a translation starts as a copy of
the English one; every text this module has a Spanish version of is replaced, block by block,
and anything else is kept as copied. So a block added or changed in the English demo is never
lost: at worst it stays in English until its Spanish is written here.

Run at the end of load_demo (`translate_sites`); a page already translated is left alone.
"""

import re

from wagtail.models import Locale, Page

from turnto.core.models import SiteSettings

SPANISH = "es"

# The English page (its path on the site) -> its Spanish title, slug, intro and other fields.
PAGES = {
    "campaign": {
        "/": {
            "slug": "campaign-inicio",
            "title": "¿A quién puedo acudir?",
            "hero_heading": "Seas quien seas, puedes contar con nosotros",
            "intro": (
                "Información honesta, sin juicios, y ayuda para encontrar naloxona, tiras de "
                "prueba, tratamiento y apoyo en Misuri."
            ),
        },
        "/what-is-harm-reduction/": {
            "slug": "que-es-la-reduccion-de-danos",
            "title": "¿Qué es la reducción de daños?",
            "intro": (
                "La reducción de daños es una forma práctica y humana de ayudar a las personas "
                "que usan drogas a estar más seguras y con vida, decidan lo que decidan sobre "
                "su consumo."
            ),
        },
        "/facts-and-stats/": {
            "slug": "datos-y-cifras",
            "title": "Datos y cifras",
            "intro": "Lo que dicen las cifras sobre las sobredosis, con la fuente de cada dato.",
        },
        "/the-fentanyl-crisis/": {
            "slug": "la-crisis-del-fentanilo",
            "title": "La crisis del fentanilo",
            "intro": (
                "Qué es el fentanilo, por qué aumenta el riesgo de sobredosis y qué puede "
                "ayudar a mantenerse a salvo."
            ),
        },
        "/resource-guide/": {
            "slug": "guia-de-recursos",
            "title": "Guía de recursos",
            "intro": (
                "Dónde buscar naloxona, tiras de prueba, servicios de jeringas, tratamiento y "
                "apoyo en todo Misuri."
            ),
        },
        "/resource-guide/kansas-city/": {
            "slug": "kansas-city",
            "title": "Kansas City",
            "intro": (
                "Ayuda de reducción de daños en Kansas City y sus alrededores, a ambos lados "
                "de la frontera estatal."
            ),
        },
        "/resource-guide/st-louis/": {
            "slug": "st-louis",
            "title": "St. Louis",
            "intro": "Ayuda de reducción de daños en la ciudad de St. Louis y el condado.",
        },
        "/resource-guide/columbia/": {
            "slug": "columbia",
            "title": "Columbia",
            "intro": (
                "Ayuda de reducción de daños en Columbia, para residentes, estudiantes y familias."
            ),
        },
        "/resource-guide/springfield/": {
            "slug": "springfield",
            "title": "Springfield",
            "intro": (
                "Ayuda de reducción de daños en Springfield y los pueblos del suroeste de Misuri."
            ),
        },
        "/resource-guide/jefferson-city/": {
            "slug": "jefferson-city",
            "title": "Jefferson City",
            "intro": (
                "Ayuda de reducción de daños en Jefferson City y los condados cercanos del "
                "centro de Misuri."
            ),
        },
        "/resource-guide/additional-resources/": {
            "slug": "mas-recursos",
            "title": "Más recursos",
            "intro": "Ayuda en todo el estado, por teléfono y en línea.",
        },
        "/news/": {
            "slug": "noticias",
            "title": "Lo que hemos estado haciendo",
            "intro": (
                "Capacitaciones, campañas y días de acercamiento. Estas publicaciones son "
                "ejemplos del trabajo que hace una campaña como la nuestra."
            ),
        },
    },
    "clinic": {
        "/": {
            "slug": "clinic-inicio",
            "title": "Clínica de Ejemplo sin Cita",
            "hero_heading": "Atención el mismo día, sin juicios",
            "intro": (
                "Atención urgente y primaria sin cita, y tratamiento para la dependencia de "
                "opioides, en un lugar acogedor."
            ),
        },
        "/harm-reduction/": {
            "slug": "reduccion-de-danos",
            "title": "Reducción de daños",
            "intro": (
                "Formas prácticas de ayudar a las personas que usan drogas a estar más seguras "
                "y sanas, con dignidad y sin condiciones."
            ),
        },
        "/opioid-dependence-treatment/": {
            "slug": "tratamiento-de-la-dependencia-de-opioides",
            "title": "Tratamiento de la dependencia de opioides",
            "intro": (
                "Tratamiento con buprenorfina, con respeto y sin largas esperas, para quien "
                "quiera empezar."
            ),
        },
        "/walk-in-care/": {
            "slug": "atencion-sin-cita",
            "title": "Atención sin cita",
            "intro": "Atención urgente y primaria el mismo día, sin cita previa.",
        },
        "/news/": {
            "slug": "noticias",
            "title": "Noticias",
            "intro": (
                "Novedades de la clínica. Estas publicaciones son ejemplos del sitio de "
                "demostración."
            ),
        },
    },
}

# English text as the demo content writes it -> the same in Spanish. Rich text names pages by
# their English path ("page:/resource-guide/"); in Spanish they link to the translations.
TEXT = {
    # The national lines (demo.content.blocks), wherever a page or the settings show them.
    "Emergency": "Emergencias",
    "988 Suicide & Crisis Lifeline": "988 Línea de Prevención del Suicidio y Crisis",
    "Call or text, any time": (
        "Llame o envíe un mensaje de texto, a cualquier hora. En español: marque 988 y luego 2."
    ),
    "Text 988": "Texto al 988",
    "Never Use Alone": "Never Use Alone (nunca consuma solo)",
    "SAMHSA National Helpline": "Línea Nacional de Ayuda de SAMHSA",
    "Poison Control": "Centro de Toxicología (Poison Control)",
    "For any overdose or emergency.": "Para cualquier sobredosis o emergencia.",
    "For any overdose or medical emergency.": "Para cualquier sobredosis o emergencia médica.",
    "If someone is not breathing, will not wake up or may be overdosing, call now.": (
        "Si alguien no respira, no se despierta o puede estar teniendo una sobredosis, llame ya."
    ),
    "If talking out loud is hard, you can text the Lifeline instead.": (
        "Si le cuesta hablar en voz alta, puede enviar un mensaje de texto (en español: AYUDA)."
    ),
    "Call before you use. If you stop responding, they send help to the location you give them.": (
        "Llame antes de consumir. Si deja de responder, envían ayuda a la dirección que les dio."
    ),
    "Call before you use; they send help if you stop responding.": (
        "Llame antes de consumir; envían ayuda si deja de responder."
    ),
    "Free, confidential help finding treatment and support, day or night.": (
        "Ayuda gratuita y confidencial para encontrar tratamiento y apoyo, de día o de noche."
    ),
    "Free, confidential treatment help.": "Ayuda gratuita y confidencial para el tratamiento.",
    "Free, confidential advice about a possible poisoning, any time.": (
        "Consejo gratuito y confidencial sobre un posible envenenamiento, a cualquier hora."
    ),
    "For an overdose, chest pain, trouble breathing or any emergency.": (
        "Para una sobredosis, dolor de pecho, dificultad para respirar o cualquier emergencia."
    ),
    # Shared by every city page (demo.content.cities).
    "National lines, any time": "Líneas nacionales, a cualquier hora",
    "Looking for more?": "¿Busca más?",
    "See statewide, phone and online help.": "Vea la ayuda estatal, por teléfono y en línea.",
    "Additional resources": "Más recursos",
    "Need help right now?": "¿Necesita ayuda ahora mismo?",
    # The campaign's home page.
    "Ways to stay safer": "Formas de estar más seguros",
    "Who this site is for": "Para quién es este sitio",
    "Let's end the stigma": "Acabemos con el estigma",
    "Nobody gets through this alone.": "Nadie sale de esto solo.",
    "Find help near you": "Encuentre ayuda cerca de usted",
    # The home pages' actions and the numbered overdose steps (demo/content/blocks.py); the
    # steps' address fragment follows their heading.
    "What to do in an overdose": "Qué hacer en una sobredosis",
    "what-to-do-in-an-overdose": "que-hacer-en-una-sobredosis",
    "Walk in today": "Venga hoy sin cita",
    "Call 911": "Llame al 911",
    (
        "Say that someone is not breathing or will not wake up, and give the "
        "address. The dispatcher will talk you through what to do."
    ): (
        "Diga que alguien no respira o no despierta, y dé la dirección. La persona que "
        "atiende le dirá qué hacer."
    ),
    "Give naloxone": "Dé naloxona",
    (
        "Spray one dose into a nostril. If there is no response after two to "
        "three minutes, give another dose if you have one."
    ): (
        "Rocíe una dosis en una fosa nasal. Si no responde en dos o tres minutos, dé otra "
        "dosis si la tiene."
    ),
    "Help them breathe": "Ayúdele a respirar",
    (
        "If they are not breathing, tilt their head back, pinch their nose "
        "and give one slow breath every five seconds."
    ): (
        "Si no respira, incline su cabeza hacia atrás, tápele la nariz y dé una respiración "
        "lenta cada cinco segundos."
    ),
    "Put them on their side": "Póngale de lado",
    (
        "If they breathe but do not wake, roll them onto their side, top knee "
        "bent, head on their hand: the recovery position keeps the airway "
        "clear if they vomit."
    ): (
        "Si respira pero no despierta, gírele de lado, con la rodilla de arriba doblada y la "
        "cabeza sobre la mano: la posición de recuperación mantiene libre la vía respiratoria "
        "si vomita."
    ),
    "Stay with them": "Quédese con la persona",
    (
        "Naloxone can wear off before the drugs do, and the overdose can come "
        "back. Stay until help arrives."
    ): (
        "El efecto de la naloxona puede pasar antes que el de las drogas, y la sobredosis "
        "puede volver. Quédese hasta que llegue la ayuda."
    ),
    "Open the resource guide": "Abrir la guía de recursos",
    "Our resource guide covers these cities, and help across the state:": (
        "Nuestra guía de recursos cubre estas ciudades, y la ayuda en todo el estado:"
    ),
    # The pictures' descriptions, the alt text of their image blocks (demo.content.library).
    (
        "Abstract illustration: soft overlapping shapes in deep teal and warm amber "
        "on a cream background"
    ): (
        "Ilustración abstracta: formas suaves que se superponen, en verde azulado oscuro y "
        "ámbar cálido sobre un fondo color crema"
    ),
    ("Abstract illustration: a loose cluster of rounded shapes in coral, teal and sand tones"): (
        "Ilustración abstracta: un grupo suelto de formas redondeadas en tonos coral, verde "
        "azulado y arena"
    ),
    (
        "Abstract illustration: calm shapes in forest green and gold on a pale background"
    ): "Ilustración abstracta: formas tranquilas en verde bosque y dorado sobre un fondo claro",
    "Abstract illustration: bright orange shapes against layers of dark blue": (
        "Ilustración abstracta: formas de color naranja brillante sobre capas de azul oscuro"
    ),
    (
        "Abstract illustration: simple shapes in calm blue and mint green on an "
        "off-white background"
    ): (
        "Ilustración abstracta: formas sencillas en azul sereno y verde menta sobre un fondo "
        "blanquecino"
    ),
    # What contact lines say a caller meets (demo.content.blocks).
    "A trained counselor answers. Press 2 for Spanish.": (
        "Le atiende un consejero capacitado. Para español, marque 2."
    ),
    (
        "Someone stays on the line while you use; if you stop answering, they send help to "
        "the address you gave."
    ): (
        "Alguien se queda en la línea mientras consume; si deja de responder, envían ayuda a la "
        "dirección que dio."
    ),
    "A nurse or pharmacist answers and tells you what to do next.": (
        "Le atiende una enfermera o un farmacéutico y le dice qué hacer."
    ),
    (
        "Our resource guide covers Kansas City, St. Louis, Columbia, "
        "Springfield, Jefferson City and statewide help."
    ): (
        "Nuestra guía de recursos cubre Kansas City, St. Louis, Columbia, Springfield, "
        "Jefferson City y la ayuda en todo el estado."
    ),
    (
        "<p>If you use drugs, love someone who does, or work alongside people "
        "who do, this site is for you.</p>"
        "<p>We believe every person deserves to stay safe and stay alive. You "
        "do not have to quit to get help, and you do not have to explain "
        "yourself to anyone here.</p>"
        "<p>Harm reduction means starting with what is possible today: a "
        "naloxone kit in your bag, a friend who knows the signs of an "
        'overdose, a test strip before you use. <a href="page:/what-is-harm-'
        'reduction/">Learn what harm reduction is</a> and why it works.</p>'
    ): (
        "<p>Si usted usa drogas, quiere a alguien que las usa o trabaja con personas que "
        "las usan, este sitio es para usted.</p>"
        "<p>Creemos que toda persona merece estar a salvo y seguir con vida. No tiene que "
        "dejar de consumir para recibir ayuda, y aquí no tiene que darle explicaciones a "
        "nadie.</p>"
        "<p>Reducir daños es empezar por lo que se puede hacer hoy: un kit de naloxona en "
        "la bolsa, una amistad que conoce las señales de una sobredosis, una tira de prueba "
        'antes de consumir. <a href="page:/what-is-harm-reduction/">Conozca qué es la '
        "reducción de daños</a> y por qué funciona.</p>"
    ),
    (
        "<ul>"
        "<li><b>People who use drugs:</b> practical ways to stay safer, and "
        "places to get supplies and care without being lectured.</li>"
        "<li><b>Families and friends:</b> how to spot an overdose, how to "
        "respond, and how to stay close to someone you are worried about.</li>"
        "<li><b>Outreach workers and volunteers:</b> plain-language pages "
        "you can share from your phone, with sources for every figure.</li>"
        "</ul>"
    ): (
        "<ul>"
        "<li><b>Personas que usan drogas:</b> formas prácticas de estar más seguras, y "
        "lugares donde conseguir materiales y atención sin sermones.</li>"
        "<li><b>Familias y amistades:</b> cómo reconocer una sobredosis, cómo actuar y cómo "
        "seguir cerca de alguien que le preocupa.</li>"
        "<li><b>Trabajadores de acercamiento y voluntarios:</b> páginas en lenguaje sencillo "
        "para compartir desde el teléfono, con la fuente de cada cifra.</li>"
        "</ul>"
    ),
    (
        "<p>Shame keeps people quiet. It stops them asking for naloxone, "
        "carrying test strips, or calling for help when a friend stops "
        "breathing.</p>"
        "<p>Words matter too. Saying <i>a person who uses drugs</i> instead of "
        "a label reminds everyone that we are talking about someone's child, "
        "parent, partner or friend.</p>"
        '<p>Want the facts? Read our <a href="page:/facts-and-stats/">facts and '
        'stats</a> and find out about <a href="page:/the-fentanyl-crisis/">the '
        "fentanyl crisis</a>.</p>"
    ): (
        "<p>La vergüenza hace callar a la gente. Impide pedir naloxona, llevar tiras de "
        "prueba o pedir ayuda cuando un amigo deja de respirar.</p>"
        "<p>Las palabras también importan. Decir <i>una persona que usa drogas</i> en vez "
        "de una etiqueta nos recuerda que hablamos del hijo, la madre, la pareja o el amigo "
        "de alguien.</p>"
        '<p>¿Quiere los datos? Lea nuestros <a href="page:/facts-and-stats/">datos y '
        'cifras</a> y conozca <a href="page:/the-fentanyl-crisis/">la crisis del '
        "fentanilo</a>.</p>"
    ),
    # What is harm reduction?
    (
        "<p>People take risks. Some use drugs, some drink, some have sex "
        "without protection. Harm reduction starts from that honest place. "
        "Instead of waiting for someone to stop, it asks a simpler "
        "question: <b>what would make today safer?</b></p>"
        "<p>Sometimes the answer is a naloxone kit. Sometimes it is a new "
        "syringe, a test strip, a ride to a clinic, or just someone who "
        "listens. For some people, quitting is the goal. For others, it is "
        "not the goal right now. Either way, staying alive comes first.</p>"
    ): (
        "<p>Las personas corren riesgos. Algunas usan drogas, otras beben, otras tienen "
        "relaciones sexuales sin protección. La reducción de daños parte de esa realidad. "
        "En lugar de esperar a que alguien deje de consumir, hace una pregunta más sencilla: "
        "<b>¿qué haría que hoy fuera más seguro?</b></p>"
        "<p>A veces la respuesta es un kit de naloxona. A veces es una jeringa nueva, una "
        "tira de prueba, que alguien le lleve a una clínica o simplemente alguien que "
        "escuche. Para algunas personas, dejar de consumir es la meta. Para otras, no lo es "
        "por ahora. En todo caso, lo primero es seguir con vida.</p>"
    ),
    "Harm reduction, explained": "La reducción de daños, explicada",
    (
        "An example of a video on this site. This demo links to no real video, so it will not play."
    ): (
        "Un ejemplo de video en este sitio. Esta demostración no enlaza a ningún video real, "
        "así que no se reproducirá."
    ),
    "Five ideas at the heart of harm reduction": (
        "Cinco ideas en el centro de la reducción de daños"
    ),
    "Pragmatism": "Pragmatismo",
    (
        "We deal with the world as it is. People use drugs, "
        "so we focus on the dangers they face right now and "
        "what can lower them."
    ): (
        "Trabajamos con el mundo tal como es. Las personas usan drogas, así que nos centramos "
        "en los peligros que enfrentan ahora y en lo que puede reducirlos."
    ),
    "Human rights": "Derechos humanos",
    (
        "Using drugs does not cancel anyone's dignity. Every "
        "person has the right to health care, safety and "
        "respect."
    ): (
        "Usar drogas no le quita la dignidad a nadie. Toda persona tiene derecho a la "
        "atención médica, a la seguridad y al respeto."
    ),
    "Focus on reducing harm": "Reducir los daños",
    (
        "Success is measured in lives kept and infections "
        "avoided, not only in whether someone has stopped "
        "using."
    ): (
        "El éxito se mide en vidas salvadas e infecciones evitadas, no solo en si alguien dejó "
        "de consumir."
    ),
    "No judgement": "Sin juicios",
    (
        "Blame and punishment drive people away from help. "
        "We meet people where they are and treat them as "
        "the experts on their own lives."
    ): (
        "La culpa y el castigo alejan a las personas de la ayuda. Acompañamos a cada persona "
        "donde está y la tratamos como la experta en su propia vida."
    ),
    "Grounded in evidence": "Basada en la evidencia",
    (
        "We use approaches that research shows keep people "
        "safer, and we change course when the evidence "
        "changes."
    ): (
        "Usamos enfoques que, según la investigación, mantienen a las personas más seguras, y "
        "cambiamos de rumbo cuando cambia la evidencia."
    ),
    "What harm reduction looks like": "Cómo es la reducción de daños",
    (
        "<p>Harm reduction is not one program. It is a set of tools, and "
        "people use the ones that fit their lives. Tap a card to read "
        "more.</p>"
    ): (
        "<p>La reducción de daños no es un solo programa. Es un conjunto de herramientas, y "
        "cada persona usa las que encajan en su vida. Toque una tarjeta para leer más.</p>"
    ),
    (
        "I can't help anyone who isn't alive. So first we keep "
        "them alive, and then we keep showing up."
    ): (
        "No puedo ayudar a nadie que no esté con vida. Así que primero mantenemos a las "
        "personas con vida, y después seguimos ahí."
    ),
    "An outreach worker (an example quote)": (
        "Un trabajador de acercamiento (una cita de ejemplo)"
    ),
    "Does it just make drug use easier?": "¿No hace que sea más fácil consumir drogas?",
    (
        "<p>No. Giving someone naloxone or a clean syringe does not make "
        "them use more. It keeps them alive and healthy long enough to "
        "make their own choices, including, for many people, the choice "
        "to cut down or stop.</p>"
        "<p>Harm reduction also builds trust. A person who has been "
        "treated kindly by an outreach worker is far more likely to come "
        "back when they want treatment, testing or a safe place to "
        "sleep.</p>"
    ): (
        "<p>No. Darle a alguien naloxona o una jeringa limpia no hace que consuma más. Le "
        "mantiene con vida y con salud el tiempo suficiente para tomar sus propias "
        "decisiones, entre ellas, para muchas personas, la de consumir menos o dejar de "
        "consumir.</p>"
        "<p>La reducción de daños también crea confianza. Una persona a la que un trabajador "
        "de acercamiento trató con amabilidad tiene muchas más probabilidades de volver "
        "cuando quiera tratamiento, hacerse pruebas o un lugar seguro donde dormir.</p>"
    ),
    "Ready to find support?": "¿Quiere encontrar apoyo?",
    (
        "See what kinds of help you can look for in your part of "
        "Missouri, and who to call any time."
    ): (
        "Vea qué tipos de ayuda puede buscar en su parte de Misuri y a quién llamar a "
        "cualquier hora."
    ),
    "Go to the resource guide": "Ir a la guía de recursos",
    # Facts and stats (the sources keep their own titles).
    (
        "<p>Behind every number on this page are people: friends, "
        "parents, children, co-workers. We share these figures so you "
        "can see the size of the problem, not to frighten anyone.</p>"
        "<p>Each figure comes with its source. Tap the link to check it "
        "for yourself.</p>"
    ): (
        "<p>Detrás de cada número de esta página hay personas: amistades, madres y padres, "
        "hijas e hijos, compañeros de trabajo. Compartimos estas cifras para que vea el "
        "tamaño del problema, no para asustar a nadie.</p>"
        "<p>Cada cifra va con su fuente. Toque el enlace para comprobarla por su cuenta.</p>"
    ),
    "people died of a drug overdose in the United States": (
        "personas murieron por una sobredosis de drogas en los Estados Unidos"
    ),
    "Drug overdose deaths in the United States, 2019–2022": (
        "Muertes por sobredosis de drogas en los Estados Unidos, 2019–2022"
    ),
    "Year": "Año",
    "Deaths": "Muertes",
    "Deaths from drug overdose each year, all ages.": (
        "Muertes por sobredosis de drogas cada año, todas las edades."
    ),
    "Overdose deaths in the United States went up every year from 2019 to 2022.": (
        "Las muertes por sobredosis en los Estados Unidos aumentaron cada año de 2019 a 2022."
    ),
    "What the numbers tell us": "Lo que nos dicen los números",
    (
        "<p>Most of these deaths can be prevented. Naloxone, test strips, "
        "never using alone and easy access to treatment all save lives. "
        "So does calling 911 without fear.</p>"
        "<p>Much of the recent rise is linked to fentanyl in the drug "
        'supply. Read more on our page about <a href="page:/the-fentanyl-'
        'crisis/">the fentanyl crisis</a>.</p>'
    ): (
        "<p>La mayoría de estas muertes se pueden prevenir. La naloxona, las tiras de prueba, "
        "no consumir nunca a solas y el acceso fácil al tratamiento salvan vidas. También "
        "llamar al 911 sin miedo.</p>"
        "<p>Gran parte del aumento reciente está ligado al fentanilo en las drogas que "
        'circulan. Lea más en nuestra página sobre <a href="page:/the-fentanyl-crisis/">la '
        "crisis del fentanilo</a>.</p>"
    ),
    "Myths and facts": "Mitos y realidades",
    "Myth: harm reduction encourages drug use.": (
        "Mito: la reducción de daños fomenta el consumo de drogas."
    ),
    (
        "<p>Fact: harm reduction keeps people alive and "
        "healthy. Public health agencies, including the "
        "CDC, report that syringe services programs do not "
        "increase drug use. They do connect people with "
        "testing, care and treatment.</p>"
    ): (
        "<p>Realidad: la reducción de daños mantiene a las personas con vida y con salud. Las "
        "agencias de salud pública, entre ellas los CDC, informan que los programas de "
        "servicios de jeringas no aumentan el consumo de drogas. Lo que sí hacen es conectar "
        "a las personas con pruebas, atención y tratamiento.</p>"
    ),
    "Myth: you can overdose just by touching fentanyl.": (
        "Mito: se puede tener una sobredosis solo por tocar fentanilo."
    ),
    (
        "<p>Fact: medical experts say brief skin contact is "
        "very unlikely to cause an overdose. If you touch a "
        "powder, wash your hands with soap and water. Do "
        "not let this fear stop you from helping someone "
        "who is overdosing.</p>"
    ): (
        "<p>Realidad: los expertos médicos dicen que es muy poco probable que un contacto "
        "breve con la piel cause una sobredosis. Si toca un polvo, lávese las manos con agua "
        "y jabón. No deje que este miedo le impida ayudar a alguien que está teniendo una "
        "sobredosis.</p>"
    ),
    "Myth: naloxone is dangerous if the person did not take opioids.": (
        "Mito: la naloxona es peligrosa si la persona no tomó opioides."
    ),
    (
        "<p>Fact: naloxone only acts on opioids. If you are "
        "not sure what someone took, giving it will not "
        "hurt them, and it may save their life.</p>"
    ): (
        "<p>Realidad: la naloxona solo actúa sobre los opioides. Si no sabe con certeza qué "
        "tomó alguien, dársela no le hará daño, y puede salvarle la vida.</p>"
    ),
    "Myth: you need a prescription for naloxone.": (
        "Mito: hace falta una receta para conseguir naloxona."
    ),
    (
        "<p>Fact: in 2023 the FDA approved naloxone nasal "
        "spray for sale without a prescription. You can buy "
        "it at many pharmacies, and many community programs "
        "hand it out for free.</p>"
    ): (
        "<p>Realidad: en 2023 la FDA aprobó la venta sin receta de la naloxona en aerosol "
        "nasal. Puede comprarla en muchas farmacias, y muchos programas comunitarios la "
        "reparten gratis.</p>"
    ),
    "Myth: people who are addicted just need more willpower.": (
        "Mito: a las personas con una adicción solo les falta fuerza de voluntad."
    ),
    (
        "<p>Fact: addiction is a health condition, and "
        "treatment works. Medication, support and a life "
        "with stable basics help far more than shame "
        "does.</p>"
    ): (
        "<p>Realidad: la adicción es un problema de salud, y el tratamiento funciona. Los "
        "medicamentos, el apoyo y una vida con lo básico asegurado ayudan mucho más que la "
        "vergüenza.</p>"
    ),
    "Myth: if I call 911 for an overdose, I will be arrested.": (
        "Mito: si llamo al 911 por una sobredosis, me van a arrestar."
    ),
    (
        "<p>Fact: Missouri has a Good Samaritan law that "
        "protects people who call for help in an overdose "
        "in many situations. It does not cover everything, "
        "so check the details with a legal aid service or "
        "a local harm reduction program. Calling is always "
        "the right call.</p>"
    ): (
        "<p>Realidad: Misuri tiene una ley del Buen Samaritano que, en muchas situaciones, "
        "protege a quien pide ayuda ante una sobredosis. No lo cubre todo, así que consulte "
        "los detalles con un servicio de asistencia legal o con un programa local de "
        "reducción de daños. Llamar siempre es lo correcto.</p>"
    ),
    "Get naloxone and learn to use it": "Consiga naloxona y aprenda a usarla",
    "Find out where to look for naloxone and training in your area.": (
        "Sepa dónde buscar naloxona y capacitación en su zona."
    ),
    # The fentanyl crisis (the sources keep their own titles).
    "What is fentanyl?": "¿Qué es el fentanilo?",
    (
        "<p>Fentanyl is a very strong opioid. Doctors use it in "
        "hospitals, but most of the fentanyl causing overdoses is made "
        "illegally and mixed into other drugs.</p>"
        "<p>It turns up in powders, in pills made to look like real "
        "prescription medicines, and sometimes in drugs that are not "
        "opioids at all. Many people who overdose did not know fentanyl "
        "was there.</p>"
    ): (
        "<p>El fentanilo es un opioide muy potente. Los médicos lo usan en los hospitales, "
        "pero la mayor parte del fentanilo que causa sobredosis se fabrica de forma ilegal y "
        "se mezcla con otras drogas.</p>"
        "<p>Aparece en polvos, en pastillas hechas para parecer medicamentos recetados de "
        "verdad y a veces en drogas que ni siquiera son opioides. Muchas personas que tienen "
        "una sobredosis no sabían que había fentanilo.</p>"
    ),
    (
        "of fentanyl can be a deadly dose, depending on a person's "
        "body size, tolerance and past use"
    ): (
        "de fentanilo pueden ser una dosis mortal, según el tamaño del cuerpo, la tolerancia "
        "y el consumo anterior de cada persona"
    ),
    "7 in 10": "7 de cada 10",
    "fentanyl pills seized by the DEA held a potentially deadly dose": (
        "pastillas de fentanilo incautadas por la DEA contenían una dosis potencialmente mortal"
    ),
    (
        "<ul>"
        "<li><b>Never use alone.</b> If you do, call Never Use Alone first, "
        "or tell someone who can check on you.</li>"
        "<li><b>Carry naloxone</b> and show the people around you where "
        "it is.</li>"
        "<li><b>Test your drugs</b> with fentanyl test strips. A negative "
        "result is not a promise of safety.</li>"
        "<li><b>Start low and go slow,</b> especially with a new supply or "
        "after a break, when your tolerance is lower.</li>"
        "<li><b>Avoid mixing</b> opioids with alcohol, benzos or other "
        "downers.</li>"
        "</ul>"
    ): (
        "<ul>"
        "<li><b>No consuma nunca a solas.</b> Si lo hace, llame antes a Never Use Alone o "
        "avise a alguien que pueda ir a ver cómo está.</li>"
        "<li><b>Lleve naloxona</b> y muestre a quienes le rodean dónde la tiene.</li>"
        "<li><b>Pruebe sus drogas</b> con tiras de prueba de fentanilo. Un resultado "
        "negativo no garantiza que sean seguras.</li>"
        "<li><b>Empiece con poco y vaya despacio,</b> sobre todo con un suministro nuevo o "
        "después de una pausa, cuando su tolerancia es menor.</li>"
        "<li><b>Evite mezclar</b> opioides con alcohol, benzodiacepinas u otros "
        "depresores.</li>"
        "</ul>"
    ),
    "A word about xylazine": "Unas palabras sobre la xilacina",
    (
        "<p>Xylazine, sometimes called “tranq”, is an animal sedative now "
        "found mixed with fentanyl. It is not an opioid, so naloxone does "
        "not reverse it.</p>"
        "<p><b>Give naloxone anyway.</b> Xylazine is usually mixed with "
        "opioids, and naloxone can still bring back someone's breathing. "
        "Xylazine can also cause serious wounds, so ask a clinic or "
        "outreach worker about wound care.</p>"
    ): (
        "<p>La xilacina, a veces llamada “tranq”, es un sedante para animales que ahora se "
        "encuentra mezclado con fentanilo. No es un opioide, así que la naloxona no revierte "
        "su efecto.</p>"
        "<p><b>Dé naloxona de todos modos.</b> La xilacina suele venir mezclada con "
        "opioides, y la naloxona aún puede devolverle la respiración a una persona. La "
        "xilacina también puede causar heridas graves, así que pregunte en una clínica o a "
        "un trabajador de acercamiento cómo cuidarlas.</p>"
    ),
    (
        "The signs: very slow, shallow or no breathing; gurgling or snoring sounds; blue or "
        "grey lips and fingertips; tiny pupils; no waking when you shout their name or rub "
        "their breastbone."
    ): (
        "Las señales: respiración muy lenta, débil o ausente; ruidos como gorgoteos o "
        "ronquidos; labios y puntas de los dedos azules o grises; pupilas muy pequeñas; no "
        "despierta aunque le grite su nombre o le frote el esternón."
    ),
    (
        "<p>Missouri has a Good Samaritan law that protects people who call for help in "
        "an overdose in many situations; a local program can tell you the details.</p>"
    ): (
        "<p>Misuri tiene una ley del Buen Samaritano que, en muchas situaciones, protege a "
        "quien pide ayuda ante una sobredosis; un programa local puede explicarle los "
        "detalles.</p>"
    ),
    "Lines you can call": "Líneas a las que puede llamar",
    "Free, confidential help finding treatment, day or night.": (
        "Ayuda gratuita y confidencial para encontrar tratamiento, de día o de noche."
    ),
    # The resource guide.
    (
        "<p>Choose your city to see the kinds of help you can find there. "
        "If your town is not listed, start with the nearest city or our "
        'page of <a href="page:/resource-guide/additional-resources/">'
        "statewide and national help</a>.</p>"
        "<p>Every listing shows the date it was last checked. Services "
        "change, so call ahead when you can.</p>"
    ): (
        "<p>Elija su ciudad para ver qué tipos de ayuda puede encontrar allí. Si su pueblo no "
        "aparece, empiece por la ciudad más cercana o por nuestra página de "
        '<a href="page:/resource-guide/additional-resources/">ayuda estatal y nacional</a>.'
        "</p>"
        "<p>Cada lugar muestra la fecha en que se verificó por última vez. Los servicios "
        "cambian, así que llame antes cuando pueda.</p>"
    ),
    # The city pages' own words (demo.content.cities).
    (
        "<p>Kansas City stretches across the Missouri–Kansas "
        "border, so the closest help may be in either state. "
        "Here is what you can look for:</p>"
        "<ul>"
        "<li><b>Naloxone:</b> from pharmacies without a "
        "prescription, and free from many community programs.</li>"
        "<li><b>Fentanyl test strips:</b> often handed out by "
        "outreach teams and harm reduction programs.</li>"
        "<li><b>Syringe services:</b> new supplies, safe disposal "
        "and testing.</li>"
        "<li><b>Treatment:</b> clinics that offer buprenorphine or "
        "methadone, and counseling.</li>"
        "</ul>"
        "<p>Each listing above shows when it was last checked. "
        "Hours and services change, so call ahead if you can.</p>"
    ): (
        "<p>Kansas City se extiende a ambos lados de la frontera entre Misuri y Kansas, así "
        "que la ayuda más cercana puede estar en cualquiera de los dos estados. Esto es lo "
        "que puede buscar:</p>"
        "<ul>"
        "<li><b>Naloxona:</b> en farmacias sin receta, y gratis en muchos programas "
        "comunitarios.</li>"
        "<li><b>Tiras de prueba de fentanilo:</b> las reparten a menudo los equipos de "
        "acercamiento y los programas de reducción de daños.</li>"
        "<li><b>Servicios de jeringas:</b> materiales nuevos, desecho seguro y pruebas.</li>"
        "<li><b>Tratamiento:</b> clínicas que ofrecen buprenorfina o metadona, y "
        "consejería.</li>"
        "</ul>"
        "<p>Cada lugar de la lista muestra cuándo se verificó por última vez. Los horarios y "
        "los servicios cambian, así que llame antes si puede.</p>"
    ),
    (
        "<p>St. Louis city and St. Louis County are run "
        "separately, so services may differ depending on which "
        "side of the line you are on. Look for:</p>"
        "<ul>"
        "<li><b>Naloxone</b> at pharmacies and free from "
        "community programs and outreach teams.</li>"
        "<li><b>Test strips</b> for fentanyl and, in some places, "
        "xylazine.</li>"
        "<li><b>Syringe services</b> with new supplies, disposal, "
        "wound care and testing.</li>"
        "<li><b>Treatment</b> with medication, counseling and "
        "peer support.</li>"
        "</ul>"
        "<p>Every listing shows the date it was last checked. If "
        "something has changed, let us know.</p>"
    ): (
        "<p>La ciudad de St. Louis y el condado de St. Louis tienen gobiernos separados, así "
        "que los servicios pueden ser distintos según el lado del límite en que esté. "
        "Busque:</p>"
        "<ul>"
        "<li><b>Naloxona</b> en farmacias, y gratis en programas comunitarios y con los "
        "equipos de acercamiento.</li>"
        "<li><b>Tiras de prueba</b> de fentanilo y, en algunos lugares, de xilacina.</li>"
        "<li><b>Servicios de jeringas</b> con materiales nuevos, desecho, cuidado de heridas "
        "y pruebas.</li>"
        "<li><b>Tratamiento</b> con medicamentos, consejería y apoyo entre pares.</li>"
        "</ul>"
        "<p>Cada lugar muestra la fecha en que se verificó por última vez. Si algo cambió, "
        "avísenos.</p>"
    ),
    (
        "<p>Columbia is a college town, and many students are "
        "living away from home for the first time. Knowing what "
        "to do in an overdose matters here too. Look for:</p>"
        "<ul>"
        "<li><b>Naloxone</b> at pharmacies, and free at some "
        "campus and community events.</li>"
        "<li><b>Fentanyl test strips,</b> especially if you buy "
        "pills or powders that did not come from a pharmacy.</li>"
        "<li><b>Syringe services</b> and testing for HIV and "
        "hepatitis C.</li>"
        "<li><b>Treatment and counseling,</b> including "
        "medication for opioid use disorder.</li>"
        "</ul>"
        "<p>Each listing shows when it was last checked, so you "
        "know how fresh the information is.</p>"
    ): (
        "<p>Columbia es una ciudad universitaria, y muchos estudiantes viven lejos de casa "
        "por primera vez. Saber qué hacer en una sobredosis también importa aquí. "
        "Busque:</p>"
        "<ul>"
        "<li><b>Naloxona</b> en farmacias, y gratis en algunos eventos del campus y de la "
        "comunidad.</li>"
        "<li><b>Tiras de prueba de fentanilo,</b> sobre todo si compra pastillas o polvos "
        "que no vienen de una farmacia.</li>"
        "<li><b>Servicios de jeringas</b> y pruebas del VIH y de la hepatitis C.</li>"
        "<li><b>Tratamiento y consejería,</b> incluidos los medicamentos para el trastorno "
        "por consumo de opioides.</li>"
        "</ul>"
        "<p>Cada lugar muestra cuándo se verificó por última vez, para que sepa qué tan "
        "reciente es la información.</p>"
    ),
    (
        "<p>Springfield serves a wide area, and many people "
        "drive in from smaller towns for care. If you live far "
        "out, ask whether a service can mail supplies or meet "
        "you closer to home. Look for:</p>"
        "<ul>"
        "<li><b>Naloxone</b> to keep at home, in the car and in "
        "your bag.</li>"
        "<li><b>Fentanyl test strips</b> from outreach teams and "
        "community programs.</li>"
        "<li><b>Syringe services</b> and safe disposal.</li>"
        "<li><b>Treatment</b> with buprenorphine, methadone or "
        "counseling.</li>"
        "</ul>"
        "<p>Every listing shows the date it was last checked. "
        "Call ahead before a long drive.</p>"
    ): (
        "<p>Springfield atiende una zona amplia, y muchas personas vienen en coche desde "
        "pueblos más pequeños para recibir atención. Si vive lejos, pregunte si un servicio "
        "puede enviarle materiales por correo o verle más cerca de su casa. Busque:</p>"
        "<ul>"
        "<li><b>Naloxona</b> para tener en casa, en el coche y en la bolsa.</li>"
        "<li><b>Tiras de prueba de fentanilo</b> de los equipos de acercamiento y los "
        "programas comunitarios.</li>"
        "<li><b>Servicios de jeringas</b> y desecho seguro.</li>"
        "<li><b>Tratamiento</b> con buprenorfina, metadona o consejería.</li>"
        "</ul>"
        "<p>Cada lugar muestra la fecha en que se verificó por última vez. Llame antes de "
        "hacer un viaje largo.</p>"
    ),
    (
        "<p>Jefferson City is the state capital, surrounded by "
        "smaller towns and farmland. Services can be spread out, "
        "so it helps to know your options before you need "
        "them. Look for:</p>"
        "<ul>"
        "<li><b>Naloxone</b> from pharmacies, or free from "
        "community programs.</li>"
        "<li><b>Test strips</b> for fentanyl and xylazine.</li>"
        "<li><b>Syringe services,</b> including supplies by "
        "mail where available.</li>"
        "<li><b>Treatment</b> with medication and counseling, in "
        "person or by telehealth.</li>"
        "</ul>"
        "<p>Each listing shows when it was last checked. Services "
        "change, so call first if you can.</p>"
    ): (
        "<p>Jefferson City es la capital del estado, rodeada de pueblos más pequeños y de "
        "campo. Los servicios pueden quedar lejos unos de otros, así que ayuda conocer sus "
        "opciones antes de necesitarlas. Busque:</p>"
        "<ul>"
        "<li><b>Naloxona</b> en farmacias, o gratis en programas comunitarios.</li>"
        "<li><b>Tiras de prueba</b> de fentanilo y de xilacina.</li>"
        "<li><b>Servicios de jeringas,</b> incluidos materiales por correo donde los "
        "haya.</li>"
        "<li><b>Tratamiento</b> con medicamentos y consejería, en persona o por "
        "telesalud.</li>"
        "</ul>"
        "<p>Cada lugar muestra cuándo se verificó por última vez. Los servicios cambian, así "
        "que llame primero si puede.</p>"
    ),
    # Additional resources.
    "Lines you can call from anywhere": "Líneas a las que puede llamar desde cualquier lugar",
    (
        "<p>Not everyone lives near a city, and not everyone "
        "wants to walk into an office. These lines and websites "
        "work from anywhere. Most are free and confidential.</p>"
        "<p>If you are not sure which line to use, start with the "
        "one that fits how you feel right now. If someone may be "
        "overdosing, always call 911 first.</p>"
    ): (
        "<p>No todo el mundo vive cerca de una ciudad, y no todo el mundo quiere entrar en "
        "una oficina. Estas líneas y sitios web funcionan desde cualquier lugar. La mayoría "
        "son gratuitos y confidenciales.</p>"
        "<p>Si no sabe qué línea usar, empiece por la que mejor encaje con cómo se siente "
        "ahora. Si alguien puede estar teniendo una sobredosis, llame siempre primero al "
        "911.</p>"
    ),
    "For families and friends": "Para familias y amistades",
    (
        "<p>Loving someone who uses drugs can be frightening and "
        "lonely. You are allowed to ask for support for yourself "
        "too. The SAMHSA National Helpline can point you to family "
        "support groups as well as treatment.</p>"
        "<p>Keep naloxone where everyone in the house can find it, "
        "and make sure visitors know where it is.</p>"
    ): (
        "<p>Querer a alguien que usa drogas puede dar miedo y hacerle sentir en soledad. "
        "Usted también tiene derecho a pedir apoyo para sí. La Línea Nacional de Ayuda de "
        "SAMHSA puede orientarle hacia grupos de apoyo para familias, además de hacia "
        "tratamiento.</p>"
        "<p>Guarde la naloxona donde todas las personas de la casa puedan encontrarla, y "
        "asegúrese de que las visitas sepan dónde está.</p>"
    ),
    "For outreach workers and volunteers": "Para trabajadores de acercamiento y voluntarios",
    (
        "<p>Every page on this site is written to be shared from a "
        "phone. The numbers on our "
        '<a href="page:/facts-and-stats/">facts and stats</a> page '
        "each link to their source, and the city pages show when "
        "each listing was last checked. If you spot something out "
        "of date, please tell us.</p>"
    ): (
        "<p>Cada página de este sitio está escrita para compartirse desde un teléfono. Cada "
        'número de nuestra página de <a href="page:/facts-and-stats/">datos y cifras</a> '
        "enlaza a su fuente, y las páginas de las ciudades muestran cuándo se verificó cada "
        "lugar por última vez. Si ve algo desactualizado, avísenos, por favor.</p>"
    ),
    "Phone, text and online help": "Ayuda por teléfono, por mensaje de texto y en línea",
    "Text the Lifeline if talking out loud is hard.": (
        "Envíe un mensaje de texto a la Línea si le cuesta hablar en voz alta."
    ),
    "Expert advice about a possible poisoning, any time.": (
        "Consejo de expertos sobre un posible envenenamiento, a cualquier hora."
    ),
    "Search for treatment near you, run by SAMHSA.": (
        "Busque tratamiento cerca de usted, un servicio de SAMHSA."
    ),
    "Common questions": "Preguntas frecuentes",
    "Where can I get naloxone?": "¿Dónde puedo conseguir naloxona?",
    (
        "<p>Naloxone nasal spray is sold without a "
        "prescription at many pharmacies. Many "
        "harm reduction programs and health "
        "departments give it away for free, and "
        "some will mail it.</p>"
    ): (
        "<p>La naloxona en aerosol nasal se vende sin receta en muchas farmacias. Muchos "
        "programas de reducción de daños y departamentos de salud la regalan, y algunos la "
        "envían por correo.</p>"
    ),
    "How do I find treatment?": "¿Cómo encuentro tratamiento?",
    (
        "<p>Call the SAMHSA National Helpline or "
        "search FindTreatment.gov. You can filter "
        "for medication for opioid use disorder, "
        "payment options and more.</p>"
    ): (
        "<p>Llame a la Línea Nacional de Ayuda de SAMHSA o busque en FindTreatment.gov. "
        "Puede filtrar por medicamentos para el trastorno por consumo de opioides, formas de "
        "pago y más.</p>"
    ),
    "I'm worried about a family member. What can I do?": (
        "Me preocupa un familiar. ¿Qué puedo hacer?"
    ),
    (
        "<p>Keep naloxone at home and learn the "
        "signs of an overdose. Stay in touch, even "
        "when it is hard. Our page on "
        '<a href="page:/what-is-harm-reduction/">'
        "harm reduction</a> explains ways to "
        "support someone without pushing them "
        "away.</p>"
    ): (
        "<p>Tenga naloxona en casa y aprenda las señales de una sobredosis. Mantenga el "
        "contacto, aunque cueste. Nuestra página sobre la "
        '<a href="page:/what-is-harm-reduction/">reducción de daños</a> explica formas de '
        "apoyar a alguien sin alejarle.</p>"
    ),
    "Will anyone judge me for calling?": "¿Me van a juzgar por llamar?",
    (
        "<p>The lines on this page are there to "
        "help, not to judge. You do not have to "
        "give your name to most of them.</p>"
    ): (
        "<p>Las líneas de esta página están para ayudar, no para juzgar. En la mayoría no "
        "tiene que dar su nombre.</p>"
    ),
    # The clinic's home page.
    (
        "<p>Feeling unwell and cannot wait for an appointment? Walk in. We see "
        "people for everyday illnesses and injuries, check-ups and ongoing "
        "health needs.</p>"
        "<p>We also offer treatment for opioid dependence with buprenorphine "
        "(Suboxone), and we practise harm reduction: we care for people "
        "exactly as they are.</p>"
    ): (
        "<p>¿Se siente mal y no puede esperar una cita? Venga sin cita. Atendemos "
        "enfermedades y lesiones comunes, chequeos y necesidades de salud continuas.</p>"
        "<p>También ofrecemos tratamiento para la dependencia de opioides con buprenorfina "
        "(Suboxone), y practicamos la reducción de daños: atendemos a cada persona tal como "
        "es.</p>"
    ),
    "How we help": "Cómo ayudamos",
    "Opening hours": "Horario",
    "Contact the clinic": "Comuníquese con la clínica",
    "Clinic line": "Teléfono de la clínica",
    "An example number: this clinic is fictional and the line is not in service.": (
        "Un número de ejemplo: esta clínica es ficticia y la línea no está en servicio."
    ),
    "Do not wait for the clinic in an emergency.": ("En una emergencia, no espere a la clínica."),
    "No appointment needed": "No hace falta cita",
    "See what we treat on a walk-in visit.": "Vea qué atendemos en una visita sin cita.",
    "About walk-in care": "Sobre la atención sin cita",
    # The clinic's harm reduction page.
    (
        "Someone will not wake up, breathes very slowly or not at all, or has blue lips: "
        "act now, and ask us for a free naloxone kit on any visit."
    ): (
        "Alguien no despierta, respira muy despacio o no respira, o tiene los labios azules: "
        "actúe ya, y pídanos un kit de naloxona gratis en cualquier visita."
    ),
    (
        "<p>Harm reduction is a set of practical steps that lower the "
        "dangers of drug use and other risky situations. It puts a "
        "person's health and dignity first.</p>"
        "<p>Stopping completely is not possible or wanted by everyone, at "
        "least not yet. Harm reduction does not make help wait for that. "
        "It meets people where they are today and works on what matters "
        "most to them right now: staying alive, avoiding infections, "
        "having somewhere to go.</p>"
        "<p>Everything we offer is based on evidence about what keeps "
        "people safer.</p>"
    ): (
        "<p>La reducción de daños es un conjunto de pasos prácticos que disminuyen los "
        "peligros del consumo de drogas y de otras situaciones de riesgo. Pone primero la "
        "salud y la dignidad de la persona.</p>"
        "<p>Dejarlo del todo no es posible ni deseado para todo el mundo, al menos por "
        "ahora. La reducción de daños no hace que la ayuda espere a eso. Acompaña a las "
        "personas donde están hoy y trabaja en lo que más les importa ahora: seguir con "
        "vida, evitar infecciones, tener a dónde ir.</p>"
        "<p>Todo lo que ofrecemos se basa en la evidencia sobre lo que mantiene a las "
        "personas más seguras.</p>"
    ),
    "What harm reduction includes": "Qué incluye la reducción de daños",
    "Why we work this way": "Por qué trabajamos así",
    (
        "<p>People who feel judged stop coming back. We want every patient "
        "to feel that they can tell us the truth about what they use, "
        "because that is how we keep them safe.</p>"
        "<p>By building trust, harm reduction helps prevent overdose "
        "deaths and infections, improves health, and makes it easier for "
        "people to take the next step when they are ready.</p>"
        "<p>If you are interested in treatment, read about our "
        '<a href="page:/opioid-dependence-treatment/">opioid dependence '
        "treatment</a>.</p>"
    ): (
        "<p>Las personas que se sienten juzgadas dejan de volver. Queremos que cada paciente "
        "sienta que puede decirnos la verdad sobre lo que consume, porque así es como le "
        "mantenemos a salvo.</p>"
        "<p>Al crear confianza, la reducción de daños ayuda a prevenir muertes por "
        "sobredosis e infecciones, mejora la salud y facilita que las personas den el "
        "siguiente paso cuando estén listas.</p>"
        "<p>Si le interesa el tratamiento, lea sobre nuestro "
        '<a href="page:/opioid-dependence-treatment/">tratamiento de la dependencia de '
        "opioides</a>.</p>"
    ),
    "What you can ask us for": "Lo que puede pedirnos",
    (
        "<ul>"
        "<li>Naloxone, and a few minutes to learn how to use it</li>"
        "<li>Fentanyl test strips and advice on reading them</li>"
        "<li>Testing for HIV, hepatitis C and sexually transmitted "
        "infections</li>"
        "<li>Care for wounds and skin infections</li>"
        "<li>Honest answers about safer use, with no lecture</li>"
        "<li>Referrals for housing, food and mental health support</li>"
        "</ul>"
        "<p>You can ask for any of these during a visit for something "
        "else. You do not need to explain why.</p>"
    ): (
        "<ul>"
        "<li>Naloxona, y unos minutos para aprender a usarla</li>"
        "<li>Tiras de prueba de fentanilo y consejos para leerlas</li>"
        "<li>Pruebas del VIH, la hepatitis C y las infecciones de transmisión sexual</li>"
        "<li>Cuidado de heridas e infecciones de la piel</li>"
        "<li>Respuestas honestas sobre un consumo más seguro, sin sermones</li>"
        "<li>Derivaciones para vivienda, alimentos y apoyo de salud mental</li>"
        "</ul>"
        "<p>Puede pedir cualquiera de estas cosas durante una visita por otro motivo. No "
        "tiene que explicar por qué.</p>"
    ),
    "Care that starts where you are.": "Atención que empieza donde usted está.",
    (
        "Our job is to keep people well enough to choose what "
        "comes next. Judging them never helped anyone."
    ): (
        "Nuestro trabajo es mantener a las personas lo bastante bien para que elijan lo que "
        "sigue. Juzgarlas nunca ayudó a nadie."
    ),
    "A nurse at the clinic (an example quote)": (
        "Una enfermera de la clínica (una cita de ejemplo)"
    ),
    # The clinic's opioid dependence treatment page.
    (
        "<p>Depending on opioids, whether they started with a prescription "
        "or not, is a health condition. It is not a moral failing, and "
        "you deserve care for it like any other condition.</p>"
        "<p>We treat opioid dependence with <b>buprenorphine</b>, often "
        "prescribed as Suboxone. It calms withdrawal and cravings so you "
        "can focus on your life. Medication treatment also lowers the "
        "risk of overdose.</p>"
    ): (
        "<p>La dependencia de los opioides, haya empezado con una receta o no, es un "
        "problema de salud. No es una falta moral, y usted merece atención para ella como "
        "para cualquier otro problema de salud.</p>"
        "<p>Tratamos la dependencia de opioides con <b>buprenorfina</b>, que a menudo se "
        "receta como Suboxone. Calma la abstinencia y los antojos para que pueda centrarse "
        "en su vida. El tratamiento con medicamentos también reduce el riesgo de "
        "sobredosis.</p>"
    ),
    "Your first visit": "Su primera visita",
    (
        "<ul>"
        "<li>We talk about your health, what you use and what you want "
        "from treatment. Be as honest as you can; nothing you say will "
        "shock us.</li>"
        "<li>We explain how buprenorphine works and how to start it "
        "safely. Starting too soon after other opioids can make "
        "withdrawal worse, so we plan the timing with you.</li>"
        "<li>We agree on follow-up visits and what support you would "
        "like, such as counseling.</li>"
        "<li>You leave with naloxone and know how to use it.</li>"
        "</ul>"
    ): (
        "<ul>"
        "<li>Hablamos de su salud, de lo que consume y de lo que quiere del tratamiento. Sea "
        "tan honesto como pueda; nada de lo que diga nos va a escandalizar.</li>"
        "<li>Le explicamos cómo funciona la buprenorfina y cómo empezarla de forma segura. "
        "Empezar demasiado pronto después de otros opioides puede empeorar la abstinencia, "
        "así que planeamos el momento con usted.</li>"
        "<li>Acordamos las visitas de seguimiento y el apoyo que le gustaría, como "
        "consejería.</li>"
        "<li>Se va con naloxona y sabiendo cómo usarla.</li>"
        "</ul>"
    ),
    "Staying safe along the way": "Cuidarse durante el camino",
    (
        "<p>After a break from opioids, your tolerance drops quickly. If "
        "you use again, a dose you used to take can now cause an "
        "overdose.</p>"
        "<ul>"
        "<li>Use less than you used to, and go slowly.</li>"
        "<li>Try not to use alone, or call Never Use Alone at "
        "1-800-484-3731.</li>"
        "<li>Keep naloxone with you and tell people where it is.</li>"
        "</ul>"
        "<p>Your visits are private. Ask us about payment options before "
        "you start, so cost does not come as a surprise.</p>"
    ): (
        "<p>Después de una pausa sin opioides, su tolerancia baja rápido. Si vuelve a "
        "consumir, una dosis que antes tomaba ahora puede causar una sobredosis.</p>"
        "<ul>"
        "<li>Consuma menos que antes, y vaya despacio.</li>"
        "<li>Intente no consumir a solas, o llame a Never Use Alone al 1-800-484-3731.</li>"
        "<li>Lleve naloxona consigo y diga a otras personas dónde está.</li>"
        "</ul>"
        "<p>Sus visitas son privadas. Pregúntenos por las formas de pago antes de empezar, "
        "para que el costo no sea una sorpresa.</p>"
    ),
    "Questions people ask": "Preguntas que nos hacen",
    "Do I have to stop everything to start?": "¿Tengo que dejarlo todo para empezar?",
    (
        "<p>No. We work with you from where you are. Many "
        "people keep adjusting their goals during "
        "treatment.</p>"
    ): (
        "<p>No. Trabajamos con usted desde donde está. Muchas personas van ajustando sus "
        "metas durante el tratamiento.</p>"
    ),
    "Isn't this swapping one drug for another?": "¿No es cambiar una droga por otra?",
    (
        "<p>No. Buprenorphine is a medicine taken at a "
        "steady dose under medical care. It lets people "
        "work, parent and sleep without the ups and downs "
        "of withdrawal.</p>"
    ): (
        "<p>No. La buprenorfina es un medicamento que se toma en una dosis estable bajo "
        "atención médica. Permite a las personas trabajar, criar a sus hijos y dormir sin "
        "los altibajos de la abstinencia.</p>"
    ),
    "What if I slip up?": "¿Y si tengo una recaída?",
    (
        "<p>Tell us. Slips are common and are not a reason "
        "to stop your care. We adjust the plan together.</p>"
    ): (
        "<p>Díganoslo. Las recaídas son comunes y no son motivo para dejar su atención. "
        "Ajustamos el plan juntos.</p>"
    ),
    "Looking for treatment elsewhere?": "¿Busca tratamiento en otro lugar?",
    "Search for treatment options near you, run by SAMHSA.": (
        "Busque opciones de tratamiento cerca de usted, un servicio de SAMHSA."
    ),
    "Visit FindTreatment.gov": "Visitar FindTreatment.gov",
    # The clinic's walk-in care page.
    (
        "<p>Need to see someone today but cannot get an appointment with "
        "your regular doctor? Come in. Our walk-in clinic treats everyday "
        "illnesses and minor injuries, and can be your primary care home "
        "too.</p>"
        "<p>Walk-in care can cost less than an emergency room for "
        "problems that are not emergencies. Ask us about costs before "
        "your visit if that helps.</p>"
    ): (
        "<p>¿Necesita que le vean hoy pero no consigue cita con su médico de siempre? Venga. "
        "Nuestra clínica sin cita atiende enfermedades comunes y lesiones leves, y también "
        "puede ser su centro de atención primaria.</p>"
        "<p>La atención sin cita puede costar menos que una sala de emergencias para "
        "problemas que no son emergencias. Pregúntenos por los costos antes de su visita si "
        "le ayuda.</p>"
    ),
    "Common reasons to visit": "Motivos comunes de visita",
    (
        "<ul>"
        "<li>Colds, flu, sinus infections and strep throat</li>"
        "<li>Ear and eye infections</li>"
        "<li>Urinary tract infections</li>"
        "<li>Fever</li>"
        "<li>Coughs and sore throats</li>"
        "<li>Rashes, minor cuts and skin infections, including wound "
        "care</li>"
        "<li>Sprains and minor injuries</li>"
        "<li>Check-ups and ongoing conditions</li>"
        "</ul>"
    ): (
        "<ul>"
        "<li>Resfriados, gripe, sinusitis e infecciones de garganta por estreptococo</li>"
        "<li>Infecciones de oído y de ojos</li>"
        "<li>Infecciones urinarias</li>"
        "<li>Fiebre</li>"
        "<li>Tos y dolor de garganta</li>"
        "<li>Sarpullidos, cortes leves e infecciones de la piel, incluido el cuidado de "
        "heridas</li>"
        "<li>Torceduras y lesiones leves</li>"
        "<li>Chequeos y problemas de salud continuos</li>"
        "</ul>"
    ),
    (
        "<p><b>Go to the emergency room or call 911</b> for chest pain, "
        "trouble breathing, signs of a stroke, heavy bleeding or an "
        "overdose.</p>"
    ): (
        "<p><b>Vaya a la sala de emergencias o llame al 911</b> si hay dolor de pecho, "
        "dificultad para respirar, señales de un derrame cerebral, un sangrado fuerte o una "
        "sobredosis.</p>"
    ),
    "What to bring": "Qué traer",
    (
        "<ul>"
        "<li>A photo ID, if you have one</li>"
        "<li>Your insurance card, if you have insurance</li>"
        "<li>A list of medicines you take, or the bottles themselves</li>"
        "</ul>"
        "<p>If you do not have some of these, come anyway.</p>"
    ): (
        "<ul>"
        "<li>Una identificación con foto, si la tiene</li>"
        "<li>Su tarjeta del seguro, si tiene seguro</li>"
        "<li>Una lista de los medicamentos que toma, o los mismos frascos</li>"
        "</ul>"
        "<p>Si le falta algo de esto, venga de todos modos.</p>"
    ),
    "Before you come in": "Antes de venir",
    "Do I need an appointment?": "¿Necesito cita?",
    (
        "<p>Not on walk-in days. Check our "
        '<a href="page:/news/">news</a> for days that are '
        "by appointment only.</p>"
    ): (
        '<p>No en los días sin cita. Consulte nuestras <a href="page:/news/">noticias</a> '
        "para ver los días en que solo se atiende con cita.</p>"
    ),
    "Can I see you if I use drugs?": "¿Me pueden atender si uso drogas?",
    (
        "<p>Yes. Telling us what you use helps us treat "
        "you safely. It will not change how we treat "
        "you.</p>"
    ): (
        "<p>Sí. Decirnos lo que consume nos ayuda a atenderle de forma segura. No cambiará "
        "la manera en que le tratamos.</p>"
    ),
    "Can you be my regular doctor?": "¿Pueden ser mi médico de siempre?",
    ("<p>Yes. Many people start with a walk-in visit and keep coming back for primary care.</p>"): (
        "<p>Sí. Muchas personas empiezan con una visita sin cita y siguen viniendo para su "
        "atención primaria.</p>"
    ),
}

# The site settings' words on Spanish pages (the numbers are the English lines' own).
SETTINGS = {
    "campaign": {
        "organisation_name_es": "¿A quién puedo acudir?",
        "exit_label_es": "Salir de esta página",
        "footer_text_es": (
            "<p>¿A quién puedo acudir? es una campaña de reducción de daños para personas de "
            "todo Misuri. La información de este sitio es general y no es consejo médico. En "
            "una emergencia, llame al 911.</p>"
        ),
    },
    "clinic": {
        "organisation_name_es": "Clínica de Ejemplo sin Cita",
        "exit_label_es": "Salir de esta página",
        "footer_text_es": (
            "<p>La Clínica de Ejemplo sin Cita es una clínica ficticia que sirve para mostrar "
            "este sitio. Sus datos son ejemplos. En una emergencia, llame al 911.</p>"
        ),
    },
}

PAGE_LINK = re.compile(r'href="page:([^"]*)"')


def spanish_locale():
    locale, _ = Locale.objects.get_or_create(language_code=SPANISH)
    return locale


def translate_sites(sites, on_create=None):
    """Each demo site in Spanish: `sites` is {key: Site} as load_demo made them."""
    locale = spanish_locale()
    for key, site in sites.items():
        pages = PAGES.get(key, {})
        home = site.root_page.specific
        made = {}  # English page id -> its Spanish translation
        for path, words in pages.items():
            english = page_at(home, path)
            if (
                english is None
                or english.get_translations().filter(locale=locale).exists()
                or slug_taken(english, locale, words["slug"])
            ):
                continue
            made[english.pk] = translation_of(english, locale, words)
        if not made:
            continue
        links = TextLinks(home, locale)
        for made_page in made.values():
            # Read again: its children were added since (numchild), and publishing saves the
            # whole page.
            spanish = type(made_page).objects.get(pk=made_page.pk)
            if hasattr(spanish, "body"):
                spanish.body = translated_stream(spanish.body, links)
            if getattr(spanish, "hero_actions", None):
                spanish.hero_actions = translated_stream(spanish.hero_actions, links)
            spanish.save_revision().publish()
            if on_create:
                on_create(f"page (es) {spanish.url_path}")
        spanish_settings(site, key)


def page_at(home, path):
    url_path = home.url_path + path.strip("/") + "/" if path.strip("/") else home.url_path
    return Page.objects.filter(url_path=url_path).specific().first()


def slug_taken(english, locale, slug):
    """A Spanish page already holds the place (an English page deleted and loaded again left
    its old translation): that one is kept, as load_demo keeps what an editor changed."""
    if english.depth == 2:
        return Page.objects.filter(depth=2, slug=slug).exists()
    parent = english.get_parent().get_translations().filter(locale=locale).first()
    return parent is not None and parent.get_children().filter(slug=slug).exists()


def translation_of(english, locale, words):
    """A copy of the page in `locale` (under its parent's translation), with its Spanish
    title, slug, intro and other words set; not yet published."""
    spanish = english.copy_for_translation(locale).specific
    for field, value in words.items():
        setattr(spanish, field, value)
    # The home's picture described in Spanish (its words are the image blocks' own).
    if getattr(spanish, "hero_image_alt", ""):
        spanish.hero_image_alt = TEXT.get(spanish.hero_image_alt, spanish.hero_image_alt)
    spanish.draft_title = spanish.title
    spanish.save()
    return spanish


class TextLinks:
    """English source text as stored (its page links by id) -> the Spanish, linking the
    Spanish pages."""

    def __init__(self, home, locale):
        self.home, self.locale = home, locale
        self._ids = {}
        self.stored = {}
        for english, spanish in TEXT.items():
            self.stored[self.store(english, spanish=False)] = self.store(spanish, spanish=True)

    def page_id(self, path, spanish):
        key = (path, spanish)
        if key not in self._ids:
            page = page_at(self.home, path)
            if page is not None and spanish:
                page = page.get_translations().filter(locale=self.locale).first() or page
            self._ids[key] = page.pk if page else None
        return self._ids[key]

    def translated_id(self, pk):
        """A chosen page's Spanish translation, else the page itself."""
        page = Page.objects.filter(pk=pk).first()
        spanish = page and page.get_translations().filter(locale=self.locale).first()
        return spanish.pk if spanish else pk

    def store(self, text, spanish):
        def link(match):
            pk = self.page_id(match.group(1), spanish)
            return f'linktype="page" id="{pk}"' if pk else match.group(0)

        return PAGE_LINK.sub(link, text)


def translated_stream(stream, links):
    """The copied body, every string this module knows in Spanish replaced."""

    def walk(value):
        if isinstance(value, str):
            return links.stored.get(value, value)
        if isinstance(value, list):
            return [walk(item) for item in value]
        if isinstance(value, dict):
            return {
                key: (
                    item
                    if key in ("type", "id")
                    else links.translated_id(item)
                    if key == "page" and isinstance(item, int)
                    else walk(item)
                )
                for key, item in value.items()
            }
        return value

    return walk(list(stream.get_prep_value()))


def spanish_settings(site, key):
    """The settings' Spanish words where they are empty: what an editor wrote is kept, and a
    demo loaded before a Spanish field existed gets it at the next load."""
    settings = SiteSettings.for_site(site)
    changed = False
    for field, value in SETTINGS.get(key, {}).items():
        if not getattr(settings, field):
            setattr(settings, field, value)
            changed = True
    lines = list(settings.crisis_lines.get_prep_value())
    for line in lines:
        value = line["value"]
        for field in ("label", "description", "note"):
            spanish = TEXT.get(value.get(field) or "", "")
            if spanish and not value.get(f"{field}_es"):
                value[f"{field}_es"] = spanish
                changed = True
    if changed:
        settings.crisis_lines = lines
        settings.save()
