from django.db import migrations

# The kinds of help the directory starts with; editors can rename, add or remove them.
SERVICE_TYPES = [
    ("naloxone", "Naloxone", "Naloxone (Narcan) kits and training to reverse an opioid overdose."),
    ("test-strips", "Test strips and drug checking",
     "Fentanyl and xylazine test strips, and drug checking services."),
    ("syringe-services", "Syringe services", "Sterile syringes and supplies, and safe disposal."),
    ("moud", "Medication for opioid use disorder",
     "Buprenorphine (Suboxone) and methadone treatment."),
    ("counseling", "Counseling", "Talking with a counselor, without judgement."),
    ("peer-support", "Peer support", "Support from people with lived experience."),
    ("hiv-hcv-testing", "HIV and hepatitis C testing", "Testing, results and linkage to care."),
    ("prep", "PrEP", "Medicine that prevents HIV."),
    ("wound-care", "Wound care", "Care for wounds and skin infections."),
    ("detox-treatment", "Detox and treatment", "Withdrawal management and treatment programs."),
    ("housing", "Housing", "Shelter and housing help."),
    ("food", "Food", "Meals and groceries."),
    ("legal-help", "Legal help", "Advice about legal problems."),
    ("crisis-lines", "Crisis lines", "Phone, text and online help in a crisis."),
]


def seed(apps, schema_editor):
    ServiceType = apps.get_model("directory", "ServiceType")
    for slug, name, description in SERVICE_TYPES:
        ServiceType.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_listings")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
