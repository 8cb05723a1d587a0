"""The demo's snippets and listings in Spanish: the strategy cards and the service types as
translations (what wagtail-localize's "Translate" makes), and the example listings' words
(ListingWords beside each listing: the hours, phones and places stay the English record's).

Our own words, in plain, person-first Spanish ("personas que usan drogas"), "usted" as on the
Spanish pages, with the same facts as the English. The example listings still say they are
examples. Run at the end of load_demo; what is already translated is left as an editor left it.
"""

from wagtail.models import Locale

from turnto.directory.models import Closure, ListingWords, Phone, Service, ServiceType
from turnto.strategies.models import StrategyCard

from .listings import CITIES, CLINIC, NATIONAL_ORGANIZATION
from .spanish import TEXT

SPANISH = "es"

# The English card's title -> its Spanish title, summary and body.
CARDS = {
    "Syringe services": {
        "title": "Servicios de jeringas",
        "summary": (
            "Material nuevo y estéril para las personas que se inyectan drogas, y un lugar "
            "amable donde pedir otro tipo de ayuda."
        ),
        "body": (
            "<p>Los programas de servicios de jeringas dan agujas, jeringas y otro material "
            "nuevo, y recogen el usado para desecharlo de forma segura. Usar material nuevo "
            "cada vez baja el riesgo de VIH, hepatitis C e infecciones de la piel.</p>"
            "<p>Muchos programas también ofrecen pruebas, naloxona, cuidado de heridas y un "
            "camino al tratamiento para quien lo pida. Nadie tiene que dejar de consumir para "
            "recibir material.</p>"
        ),
    },
    "Medication for opioid use disorder": {
        "title": "Medicamentos para el trastorno por consumo de opioides",
        "summary": (
            "La buprenorfina y la metadona calman la abstinencia y los antojos, para que cada "
            "persona pueda estabilizar su vida a su manera."
        ),
        "body": (
            "<p>Medicamentos como la <b>buprenorfina</b> (a menudo vendida como Suboxone) y "
            "la <b>metadona</b> actúan en las mismas partes del cerebro que otros opioides, "
            "pero de forma más estable y segura. Calman la abstinencia y los antojos.</p>"
            "<p>Tomar medicamentos es tratamiento, no cambiar una droga por otra. Baja el "
            "riesgo de sobredosis y da espacio para trabajar, criar a los hijos, dormir y "
            "hacer planes.</p>"
        ),
    },
    "Safer consumption sites": {
        "title": "Sitios de consumo más seguro",
        "summary": (
            "Lugares donde las personas pueden consumir con personal capacitado cerca, listo "
            "para responder a una sobredosis."
        ),
        "body": (
            "<p>En un sitio supervisado, a veces llamado centro de prevención de sobredosis, "
            "las personas traen sus propias drogas y las usan con personal capacitado cerca. "
            "Si alguien deja de respirar, la ayuda ya está en la sala.</p>"
            "<p>Estos sitios son poco comunes en los Estados Unidos y la ley cambia de un "
            "lugar a otro. Donde existen, también ofrecen material estéril, una bienvenida "
            "cálida y conexión con servicios de salud.</p>"
        ),
    },
    "Safer sex": {
        "title": "Sexo más seguro",
        "summary": (
            "Condones, pruebas frecuentes e información honesta para bajar el riesgo de "
            "infecciones de transmisión sexual."
        ),
        "body": (
            "<p>La reducción de daños no trata solo de drogas. Condones y lubricante "
            "gratis, pruebas fáciles de infecciones de transmisión sexual y hablar claro "
            "sobre los riesgos ayudan a las personas a protegerse y a proteger a sus "
            "parejas.</p>"
            "<p>Pregunte en una clínica o a un trabajador de alcance por las pruebas y por "
            "la PrEP, un medicamento que ayuda a prevenir el VIH.</p>"
        ),
    },
    "Overdose prevention and naloxone": {
        "title": "Prevención de sobredosis y naloxona",
        "summary": (
            "Conozca las señales de una sobredosis, lleve naloxona y procure no consumir "
            "nunca a solas."
        ),
        "body": (
            "<p>La naloxona (a menudo vendida como Narcan) revierte una sobredosis de "
            "opioides. El aerosol nasal se puede comprar sin receta, y muchos programas lo "
            "dan gratis.</p>"
            "<p>Aprenda las señales: respiración muy lenta o ausente, labios azules o grises, "
            "y no despertar. Llame al 911, dé naloxona y quédese con la persona.</p>"
        ),
    },
    "Drug checking": {
        "title": "Análisis de drogas",
        "summary": (
            "Las tiras de prueba y otras herramientas ayudan a saber qué contiene una droga "
            "antes de usarla."
        ),
        "body": (
            "<p>Las tiras de prueba de fentanilo muestran si una droga contiene fentanilo. "
            "Las tiras más nuevas también detectan la xilacina. Algunos programas ofrecen "
            "análisis más detallados.</p>"
            "<p>Un resultado negativo no significa que una droga sea segura, y una tira no "
            "puede decir qué tan fuerte es. Empiece con poco, vaya despacio y tenga la "
            "naloxona cerca.</p>"
        ),
    },
    "Education and outreach": {
        "title": "Educación y alcance comunitario",
        "summary": (
            "Información clara y honesta, llevada a las personas donde están: en la calle, "
            "en los albergues, en eventos y en línea."
        ),
        "body": (
            "<p>Los trabajadores de alcance llevan material, naloxona e información sencilla "
            "a los lugares donde las personas ya pasan su tiempo. Responden preguntas sin "
            "sermones y ayudan a encontrar servicios cuando la persona los quiere.</p>"
            "<p>La educación trata del consumo más seguro, de cómo responder a una "
            "sobredosis, de las infecciones, del cuidado de heridas y de dónde pedir "
            "ayuda.</p>"
        ),
    },
    "Counseling and support": {
        "title": "Consejería y apoyo",
        "summary": (
            "Alguien con quien hablar sin juicios, y ayuda con la vivienda, la atención de "
            "salud y otras necesidades."
        ),
        "body": (
            "<p>Los consejeros y los compañeros de apoyo, algunos de los cuales han usado "
            "drogas, escuchan primero. Ayudan a cada persona a pensar en lo que quiere y la "
            "conectan con atención de salud, vivienda, comida y ayuda legal.</p>"
            "<p>El apoyo está ahí tanto si alguien quiere cambiar su forma de consumir como "
            "si no.</p>"
        ),
    },
}

# A service type's slug -> its Spanish name and description.
SERVICE_TYPES = {
    "naloxone": (
        "Naloxona",
        "Kits de naloxona (Narcan) y capacitación para revertir una sobredosis de opioides.",
    ),
    "test-strips": (
        "Tiras de prueba y análisis de drogas",
        "Tiras de prueba de fentanilo y xilacina, y servicios de análisis de drogas.",
    ),
    "syringe-services": (
        "Servicios de jeringas",
        "Jeringas y material estéril, y desecho seguro del material usado.",
    ),
    "moud": (
        "Medicamentos para el trastorno por consumo de opioides",
        "Tratamiento con buprenorfina (Suboxone) y metadona.",
    ),
    "counseling": ("Consejería", "Hablar con un consejero, sin juicios."),
    "peer-support": ("Apoyo de compañeros", "Apoyo de personas con experiencia vivida."),
    "hiv-hcv-testing": (
        "Pruebas de VIH y hepatitis C",
        "Pruebas, resultados y conexión con la atención médica.",
    ),
    "prep": ("PrEP", "Medicamento que previene el VIH."),
    "wound-care": ("Cuidado de heridas", "Atención de heridas e infecciones de la piel."),
    "detox-treatment": (
        "Desintoxicación y tratamiento",
        "Manejo de la abstinencia y programas de tratamiento.",
    ),
    "housing": ("Vivienda", "Albergue y ayuda con la vivienda."),
    "food": ("Comida", "Comidas y alimentos."),
    "legal-help": ("Ayuda legal", "Consejos sobre problemas legales."),
    "crisis-lines": ("Líneas de crisis", "Ayuda por teléfono, texto o en línea en una crisis."),
}

# The example listings (listings.TEMPLATES, by name) in Spanish: still examples, saying so.
EXAMPLE_NAMES = {
    "Harm Reduction Drop-In": "Centro de reducción de daños sin cita",
    "Night Outreach Van": "Camioneta de alcance nocturno",
    "24-Hour Crisis Center": "Centro de crisis 24 horas",
    "Recovery Clinic": "Clínica de recuperación",
    "Community Health Center": "Centro de salud comunitario",
    "Peer Support Circle": "Círculo de apoyo de compañeros",
    "Shelter and Meals": "Albergue y comidas",
    "Legal Aid Clinic": "Clínica de ayuda legal",
    "Pharmacy Naloxone Counter": "Naloxona en el mostrador de la farmacia",
}
EXAMPLE_FEES = "Ejemplo: una tarifa según los ingresos; no se rechaza a nadie."


def example_words(name, city):
    return {
        "name": f"{EXAMPLE_NAMES[name]} (ejemplo)",
        "description": (
            f"Un servicio de ejemplo en {city}: muestra cómo se vería uno real. Nada de "
            "esto es un servicio real."
        ),
    }


CLINIC_WORDS = {
    "name": "Clínica de ejemplo sin cita: atención urgente y tratamiento con Suboxone",
    "description": (
        "Un servicio de ejemplo de la clínica del demo: atención urgente y primaria sin cita, "
        "y tratamiento de la dependencia de opioides con buprenorfina (Suboxone). No es una "
        "clínica real."
    ),
    "fees_description": "Ejemplo: acepta la mayoría de los seguros y tiene una tarifa propia.",
    "application_process": ("Llegue sin cita en el horario sin cita; llame para pedir una cita."),
}

# The real national lines: their own Spanish names where they have one, the same numbers.
NATIONAL_WORDS = {
    "988 Suicide & Crisis Lifeline": {
        "name": "988 Línea de Prevención del Suicidio y Crisis",
        "description": (
            "Llame o envíe un mensaje de texto al 988, a cualquier hora, si usted u otra "
            "persona está pasando por un momento difícil. Para hablar en español, llame al "
            "988 y marque 2."
        ),
    },
    "SAMHSA National Helpline": {
        "name": "Línea Nacional de Ayuda de SAMHSA",
        "description": (
            "Información y referidos a tratamiento, gratis y confidenciales, todos los días, "
            "en inglés y en español."
        ),
    },
    "Never Use Alone": {
        "name": "Never Use Alone (Nunca consuma a solas)",
        "description": (
            "Si va a consumir a solas, llame: alguien se queda en la línea y envía ayuda si "
            "usted deja de responder."
        ),
    },
    "Poison Control": {
        "name": "Control de Envenenamientos",
        "description": (
            "Consejos de expertos sobre envenenamientos y sobredosis, a cualquier hora."
        ),
    },
}


# The notes of the example listings' phones and closures (listings.py), in Spanish.
PHONE_NOTES = {"Example number, not in service": "Número de ejemplo, fuera de servicio"}
CLOSURE_NOTES = {
    "Example staff training day": "Ejemplo: día de formación del personal",
    "Example holiday closure": "Ejemplo: cierre por día festivo",
}


def spanish_notes():
    """The demo's phone and closure notes in Spanish where none is given yet (a live record's
    rows: a listing published next keeps them in its revision)."""
    for model, field, notes in (
        (Phone, "description", PHONE_NOTES),
        (Closure, "note", CLOSURE_NOTES),
    ):
        for english, spanish in notes.items():
            model.objects.filter(**{field: english, f"{field}_es": ""}).update(
                **{f"{field}_es": spanish}
            )


def spanish_words_of(service):
    """The Spanish words of a demo listing, or None for one the demo did not make."""
    organization = service.organization.name
    if organization == NATIONAL_ORGANIZATION:
        return NATIONAL_WORDS.get(service.name)
    if organization == CLINIC["organization"]:
        return CLINIC_WORDS
    for city in CITIES:
        for name in EXAMPLE_NAMES:
            if organization == f"{city} {name} (example)" and service.name == f"{name} (example)":
                words = example_words(name, city)
                if service.fees_description:
                    words["fees_description"] = EXAMPLE_FEES
                return words
    return None


def translate_directory(on_create):
    """The cards, the service types and the demo listings' words in Spanish, where missing."""
    locale = Locale.objects.filter(language_code=SPANISH).first()
    if locale is None:
        return
    for card in StrategyCard.objects.filter(locale__language_code="en"):
        words = CARDS.get(card.title)
        if words and card.get_translation_or_none(locale) is None:
            spanish = card.copy_for_translation(locale)
            for field, value in words.items():
                setattr(spanish, field, value)
            spanish.image_alt = TEXT.get(card.image_alt, card.image_alt)
            spanish.save()
            on_create(f"translation (es) of a card: {spanish.title}")
    for service_type in ServiceType.objects.originals():
        words = SERVICE_TYPES.get(service_type.slug)
        if words and service_type.get_translation_or_none(locale) is None:
            spanish = service_type.copy_for_translation(locale)
            spanish.name, spanish.description = words
            spanish.save()
            on_create(f"translation (es) of a service type: {spanish.name}")
    spanish_notes()
    translated = set(
        ListingWords.objects.filter(language=SPANISH).values_list("service_id", flat=True)
    )
    for service in Service.objects.exclude(pk__in=translated).select_related("organization"):
        words = spanish_words_of(service)
        if not words:
            continue
        if service.has_unpublished_changes:
            # An editor's draft is theirs to publish: the words join the live record only.
            ListingWords.objects.create(service=service, language=SPANISH, **words)
        else:
            # Published as an editor would publish them, so the listing's form shows them.
            service.translations.add(ListingWords(language=SPANISH, **words))
            service.save_revision().publish()
        on_create(f"translation (es) of a listing's words: {service.name}")
