from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('declines', '0005_edits_kept_and_drafts_created_once'),
    ]

    operations = [
        migrations.AddField(
            model_name='decline',
            name='greeting',
            field=models.CharField(blank=True, max_length=120, verbose_name='Greeting'),
        ),
    ]
