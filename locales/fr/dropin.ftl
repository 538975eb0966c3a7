# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — French (Français). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Écrans
screen-today = Aujourd'hui
screen-people = Personnes
screen-settings = Réglages

## Touches (libellés du pied d'écran, de l'aide et des menus d'actions)
key-new-visit = Nouvelle visite
key-mark-seen = En entretien
key-mark-done = Terminé
key-mark-left = Départ sans entretien
key-mark-waiting = Remettre en attente
key-open-person = Ouvrir la personne
key-new-person = Nouvelle personne
key-new-visit-for-person = Nouvelle visite pour cette personne
key-edit-person = Modifier la personne
key-search = Chercher
key-back = Retour
key-save = Enregistrer
key-cancel = Fermer
key-next-field = Champ suivant
key-prev-field = Champ précédent
key-choose = Choisir
key-toggle = Cocher / changer
key-up = Haut
key-down = Bas
key-left = Gauche
key-right = Droite
key-page-up = Page préc.
key-page-down = Page suiv.
key-home = Début
key-end = Fin
key-menu = Actions
key-go-today = Aller à Aujourd'hui
key-go-people = Aller à Personnes
key-go-settings = Aller aux Réglages
key-help = Aide
key-language = Langue
key-quit = Quitter

## Aujourd'hui
today-counts = En attente : { $waiting } · En entretien : { $seen } · Terminées : { $done } · Départs : { $left }
today-empty = La file d'attente est vide pour l'instant. Ctrl+N pour noter une visite.
col-ref = Réf.
col-name = Nom
col-arrived = Arr.
col-waiting = Att.
col-needs = Besoins
col-state = État
col-born = Né(e)
col-last-visit = Dern. visite
col-date = Date
col-language = Langue
col-interpreting = Interprétariat
anonymous-walk-in = Visite anonyme

## États d'une visite
state-waiting = en attente
state-being-seen = en entretien
state-done = terminée
state-left = départ sans entretien

## Domaines des besoins (Indicators of Integration du Home Office)
domain-work = Emploi
domain-education = Éducation
domain-housing = Logement
domain-health = Santé et action sociale
domain-leisure = Loisirs
domain-social-bonds = Liens communautaires
domain-social-bridges = Ponts sociaux
domain-social-links = Liens institutionnels
domain-language = Langue et communication
domain-culture = Culture
domain-digital = Compétences numériques
domain-safety = Sécurité
domain-stability = Stabilité
domain-rights = Droits et devoirs
domain-work-short = Emploi
domain-education-short = Éducation
domain-housing-short = Logement
domain-health-short = Santé
domain-leisure-short = Loisirs
domain-social-bonds-short = Liens
domain-social-bridges-short = Ponts
domain-social-links-short = Instit.
domain-language-short = Langue
domain-culture-short = Culture
domain-digital-short = Numérique
domain-safety-short = Sécurité
domain-stability-short = Stabilité
domain-rights-short = Droits

## Interprétariat
interpreting-none = Aucun
interpreting-volunteer = Bénévole
interpreting-phone = Téléphone
interpreting-professional = Professionnel réservé
interpreting-family = Famille ou ami
poor-practice = mauvaise pratique : réservez un interprète la prochaine fois

## Personnes
people-search-label = Chercher un nom ou une référence :
people-hint = Tapez quelques lettres d'un nom, ou une référence.
people-none = Aucune personne trouvée. Ctrl+N pour ajouter une nouvelle personne.
person-no-visits = Pas encore de visite.

## Formulaires
form-new-visit = Nouvelle visite
form-new-person = Nouvelle personne
form-edit-person = Modifier la personne
field-visit-person = Personne
field-visit-needs = Besoins
field-visit-language = Langue utilisée
field-visit-interpreting = Interprétariat
field-visit-notes = Note
field-name = Nom
field-year-of-birth = Année de naissance
field-gender = Genre
field-gender-other = Selon ses mots
field-country = Pays d'origine
field-first-language = Langue maternelle
field-other-languages = Autres langues
field-english-level = Anglais
field-needs-interpreter = Besoin d'un interprète
field-interpreter-gender = Genre de l'interprète
field-immigration-status = Situation administrative
field-phone = Téléphone
field-notes = Notes
field-consent = Consentement
consent-keep-record = La personne accepte que nous gardions une fiche sur elle
consent-given-on = Consentement à la fiche donné le { $date }
consent-withdrawn-on = Consentement retiré le { $date }
picker-new-person = Nouvelle personne « { $name } »
picker-last-visit = dernière visite le { $date }
needs-filter = Tapez pour filtrer :
needs-no-match = Aucun besoin ne correspond à ce que vous avez tapé.
hint-language-pick = ↑ ↓ puis Enter pour choisir
prefilled-last-visit = comme à la dernière visite
value-none = —
value-not-recorded = non noté
value-yes = oui
value-no = non

## Valeurs
gender-woman = Femme
gender-man = Homme
gender-non-binary = Non binaire
gender-another-way = Autrement
gender-prefer-not = Préfère ne pas répondre
pref-woman = Une interprète femme
pref-man = Un interprète homme
pref-none = Pas de préférence
status-asylum-seeker = Demandeur d'asile
status-refugee = Réfugié (titre de séjour)
status-refused = Débouté du droit d'asile
status-nrpf = Sans accès aux aides publiques (NRPF)
status-other = Autre situation
status-settled = Britannique ou résident permanent
status-unknown = Inconnue
status-prefer-not = Préfère ne pas répondre
english-none = Aucun
english-basic = Débutant
english-intermediate = Intermédiaire
english-fluent = Courant

## Erreurs à côté des champs
error-empty = Ce champ ne peut pas être vide.
error-too-long = Trop long : { $max } caractères au plus.
error-year-range = Donnez une année entre { $min } et { $max }.
error-not-a-year = Donnez l'année en quatre chiffres, par ex. 1990.
error-phone = Seulement des chiffres, des espaces, +, - et des parenthèses (au moins 6 chiffres).
error-consent = Sans consentement pour garder une fiche, notez plutôt une visite anonyme.
error-person-missing = Choisissez une personne, une nouvelle personne ou une visite anonyme.
error-auto-lock = Donnez un nombre de minutes entre 1 et 60.
role-volunteer = Bénévole
role-coordinator = Coordinateur
error-password-short = Au moins 10 caractères, s'il vous plaît (quelques mots ensemble se retiennent facilement).
error-password-long = C'est trop long : 200 caractères au plus.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-time-zone = dropin ne connaît pas ce fuseau horaire. Utilisez un nom comme Europe/London.

## Ligne d'état
status-visit-saved = Visite enregistrée pour { $name }.
status-person-saved = Fiche de { $name } enregistrée.
status-settings-saved = Réglages enregistrés.
status-fix-errors = Pas enregistré : corrigez les champs signalés, s'il vous plaît.
status-cannot-move = Une visite « { $from } » ne peut pas passer à « { $to } ».
status-close-form-first = Enregistrez ou fermez d'abord le formulaire (Ctrl+S ou Esc).

## Confirmations
confirm-title = Vérifiez, s'il vous plaît
confirm-quit-unsaved = Un formulaire a des modifications non enregistrées. Quitter quand même ?
confirm-quit = Quitter sans enregistrer
confirm-keep-editing = Continuer à modifier
confirm-discard = Fermer ce formulaire et perdre ce que vous avez tapé ?
confirm-discard-yes = Fermer et perdre les modifications
confirm-duplicate = C'est peut-être une personne déjà enregistrée :
confirm-save-anyway = Enregistrer comme nouvelle personne
confirm-go-back = Retour

## Fenêtres
help-title = Touches
help-more = ↑ ↓ pour la suite
menu-title = Actions
language-title = Langue
language-draft = brouillon

## Réglages
field-centre-name = Nom du centre
field-time-zone = Fuseau horaire
field-language = Langue sur cet ordinateur
field-rtl-visual = Disposer le texte de droite à gauche (à désactiver si votre terminal le fait)
field-native-digits = Nombres avec les chiffres de ma langue
settings-digits-none = (cette langue écrit 0–9)
field-shaping = Lier les lettres arabes
shaping-auto = Automatique
shaping-on = Activé
shaping-off = Désactivé (le terminal les lie lui-même)
shaping-now-on = liées en ce moment
shaping-now-off = non liées en ce moment
settings-screen-reader = Vous utilisez un lecteur d'écran ? Désactivez « Disposer le texte de droite à gauche » et « Lier les lettres arabes » : un lecteur d'écran lit l'écran de gauche à droite, et le texte que dropin dispose de droite à gauche serait lu à l'envers.
language-console-cannot = Cet écran (la console Linux) ne peut pas afficher les lettres arabes ou éthiopiennes. Pour cette langue, ouvrez dropin dans une fenêtre de terminal du bureau.
language-console-note = impossible à afficher ici
field-auto-lock = Verrouiller l'écran après ce nombre de minutes d'inactivité (1–60)
settings-hint = Tab passe d'un champ à l'autre, Space change un choix, Ctrl+S enregistre.

## Messages plein écran
too-small = Agrandissez la fenêtre, s'il vous plaît : dropin a besoin d'au moins { $width } colonnes et { $height } lignes (actuellement { $current_width }×{ $current_height }).

## Erreurs de stockage
crash-message = dropin s'est arrêté à cause d'une erreur dans le programme. Tout ce qui a été enregistré avant est en sécurité. Relancez-le, s'il vous plaît, et prévenez votre coordinateur.
store-already-open = dropin est déjà ouvert sur cet ordinateur. Fermez-le d'abord, ou faites la même action dans le programme.
store-newer-schema = Ces données ont été écrites par une version plus récente de dropin. Rien n'a été modifié. Installez cette version plus récente (ou une suivante) pour les ouvrir, ou restaurez une sauvegarde faite par cette version : dropin restore FILE --volunteer NAME --force (les données présentes sont mises de côté, pas effacées).
store-corrupt = Les données sont abîmées et ne peuvent pas être lues. Rien n'a été modifié. Restaurez la dernière sauvegarde : dropin restore FILE --volunteer NAME --force (les données abîmées sont mises de côté, pas effacées).
store-lost-writes = Les données sont plus anciennes que le dernier enregistrement : les enregistrements { $first } à { $last } manquent. Rien n'a été modifié. Restaurez la dernière sauvegarde : dropin restore FILE --volunteer NAME --force (les données présentes sont mises de côté, pas effacées), puis saisissez à nouveau ce qui a été enregistré après elle.
store-lost-write = Les données sont plus anciennes que le dernier enregistrement : l'enregistrement { $last } manque. Rien n'a été modifié. Restaurez la dernière sauvegarde : dropin restore FILE --volunteer NAME --force (les données présentes sont mises de côté, pas effacées), puis saisissez à nouveau ce qui a été enregistré après elle.
store-latest-backup = La dernière sauvegarde est { $file }
store-read-only = dropin ne peut pas écrire dans son dossier de données. Ce qui a été enregistré avant est intact. Rendez le dossier de nouveau accessible en écriture (ou rebranchez le disque), puis réessayez.
store-disk-full = Le disque est plein : la dernière modification n'a pas été enregistrée. Ce qui a été enregistré avant est intact. Libérez de la place, puis enregistrez à nouveau.
store-io = Les données n'ont pas pu être lues ou écrites. Rien n'a été enregistré.
store-not-found = Cette fiche n'existe plus.
store-bad-transition = Ce changement n'est pas possible pour cette visite.
store-consent-required = Une fiche ne peut être gardée qu'avec le consentement de la personne.
store-backup-damaged = Ce fichier de sauvegarde est abîmé ou a été modifié : il ne peut pas être utilisé. Rien n'a été modifié.
store-not-empty = Ce dossier contient déjà des données. Choisissez un dossier vide, ou utilisez --force pour mettre d'abord les données actuelles de côté.
store-not-allowed = Seul un coordinateur peut faire cela.
store-not-signed-in = Connectez-vous d'abord, s'il vous plaît.
store-wrong-password = Ce mot de passe n'est pas le bon. Vérifiez le nom et réessayez.
store-sign-in-wait = Trop de mots de passe erronés. Attendez { $seconds } secondes, puis réessayez.
store-rotation-unfinished = Un changement de la clé des données a été interrompu. Connectez-vous à dropin pour le terminer, puis réessayez.
crypto-undecryptable = Une fiche n'a pas pu être déverrouillée : elle est abîmée ou a été modifiée en dehors de dropin. Restaurez la dernière sauvegarde.
crypto-truncated = Une fiche est incomplète : elle est abîmée. Restaurez la dernière sauvegarde.
crypto-unknown-version = Une fiche a été écrite par une version plus récente de dropin. Utilisez la version plus récente, s'il vous plaît.
crypto-too-long = Une fiche est trop grande pour être protégée. Rien n'a été enregistré.
crypto-kdf = Le mot de passe n'a pas pu être vérifié sur cet ordinateur (mémoire insuffisante ?).
crypto-bad-recovery-key = Ce n'est pas une clé de secours : vérifiez chaque groupe de lettres et de chiffres.
crypto-random = Cet ordinateur n'a pas pu créer de clé aléatoire sûre.

## Installation, connexion, verrouillage
key-lock = Verrouiller l'écran
setup-title = Bienvenue dans dropin
setup-intro = D'abord, le nom du centre et le premier coordinateur, qui ajoutera les autres bénévoles.
setup-your-name = Votre nom
field-password = Mot de passe
field-password-again = Confirmer le mot de passe
setup-hint = Au moins 10 caractères : quelques mots dont vous vous souviendrez. Tab pour avancer, Ctrl+S pour terminer.
recovery-title = Votre clé de secours
recovery-intro = Si un jour tous les mots de passe sont oubliés, cette clé est le seul moyen de retrouver les données. Elle n'est affichée que maintenant.
recovery-keep = Écrivez-la ou imprimez-la, et gardez-la sous clé, loin de cet ordinateur.
recovery-continue = Appuyez sur Enter quand elle est bien notée.
signin-title = Connexion
lock-title = Verrouillé — connectez-vous pour continuer
signin-name = Votre nom
signin-hint-name = Tapez ou choisissez votre nom, puis Enter.
signin-hint-password = Tapez votre mot de passe, puis Enter. Esc pour choisir un autre nom.
signin-welcome = Connexion réussie : { $name }.
status-draft-lost = Le formulaire non enregistré d'avant le verrouillage n'a pas pu être récupéré ; recommencez-le, s'il vous plaît.
signin-demo = Démo : { $coordinator } (coordinateur) et { $volunteer } (bénévole) utilisent tous deux le mot de passe { $password }

## Connexion avec la clé de secours
key-use-recovery-key = Utiliser la clé de secours
recovery-signin-title = Se connecter avec la clé de secours
recovery-signin-intro = Pour le cas où les mots de passe de tous les coordinateurs sont oubliés : tapez la clé de secours notée lors de l'installation de dropin. Un bénévole qui a seulement oublié son propre mot de passe peut demander à un coordinateur de le réinitialiser.
field-recovery-key = Clé de secours
recovery-signin-hint = Les espaces et les tirets ne comptent pas. Enter pour se connecter, Esc pour revenir.
recovery-wrong-key = Cette clé n'ouvre pas les données de ce centre. Comparez-la avec la copie écrite, groupe par groupe.
recovery-password-title = Choisissez un nouveau mot de passe
recovery-password-intro = La clé de secours a ouvert les données et vous êtes connecté en tant que { $name }. Choisissez-vous un nouveau mot de passe avant de continuer : à partir de maintenant, vous vous connectez avec lui.
recovery-password-hint = Au moins 10 caractères : quelques mots dont vous vous souviendrez. Tab pour avancer, Enter ou Ctrl+S pour enregistrer. Esc vous déconnecte sans nouveau mot de passe.
status-recovered = Mot de passe défini. Réinitialisez les mots de passe des autres bénévoles dans Réglages → Bénévoles (F8).

## dropin check
check-person-unreadable = La fiche d'une personne ne peut pas être ouverte : { $about }
check-visits-unreadable = Les visites d'une journée ne peuvent pas être ouvertes : { $about }
check-visit-unlisted = Une visite n'apparaît pas sur la page de sa personne : { $about }
check-visit-missing = La page d'une personne indique une visite qui n'existe pas : { $about }
check-card-wrong = La recherche de personnes a un ancien nom ou téléphone pour { $about }
check-card-missing = La recherche de personnes ne trouve pas { $about }
check-cards-unreadable = Un bloc des données de recherche de personnes ne peut pas être ouvert : { $about }
check-audit-broken = Le journal d'audit a été modifié : { $about }
check-all-well = Toutes les fiches s'ouvrent et concordent ; le journal d'audit est intact.

## Bénévoles
key-new-volunteer = Nouveau bénévole
key-change-password = Mon mot de passe
key-reset-password = Réinit. mot de passe
key-deactivate = Désactiver
field-role = Rôle
form-new-volunteer = Nouveau bénévole
form-reset-password = Nouveau mot de passe
form-own-password = Changer mon mot de passe
volunteer-reset-for = Un nouveau mot de passe pour { $name }
volunteer-inactive = désactivé
settings-volunteers = Bénévoles (Ctrl+O sur un nom : réinitialiser le mot de passe, désactiver)
status-volunteer-added = Bénévole ajouté.
status-password-reset = Mot de passe défini. Dites-le à la personne de vive voix, pas par écrit.
status-password-changed = Votre mot de passe a été changé.
status-volunteer-deactivated = Bénévole désactivé : son mot de passe n'ouvre plus rien.
confirm-deactivate = Désactiver { $name } ? Son mot de passe n'ouvrira plus rien.
confirm-deactivate-yes = Désactiver
key-rotate-key = Changer la clé des données
confirm-rotate-key = Changer la clé des données maintenant ?
confirm-rotate-key-why = Faites-le après avoir désactivé un bénévole, ou si les données ont pu être copiées : les anciennes copies de clés restées sur le disque n'ouvriront alors plus rien. Chacun garde son mot de passe, et la clé de secours fonctionne toujours.
confirm-rotate-key-backups = Cela prend de quelques secondes à quelques minutes, et personne ne peut utiliser dropin pendant ce temps. Les sauvegardes faites avant s'ouvrent toujours avec l'ancienne clé : faites-en une nouvelle après.
confirm-rotate-key-yes = Changer la clé
work-rotation-title = Changement de la clé des données
work-rotation-what = Chaque fiche est verrouillée à nouveau avec une nouvelle clé.
work-rotation-progress = { $done } fiches sur { $total }
work-rotation-safe = Vous pouvez quitter (Ctrl+Q) à tout moment : cela reprendra à la prochaine connexion.
status-key-rotated = La clé des données a été changée. Faites maintenant une nouvelle sauvegarde (Ctrl+B) : les sauvegardes plus anciennes s'ouvrent toujours avec l'ancienne clé.
status-key-rotation-stopped = Le changement de la clé des données s'est arrêté : { $why } Il reprendra à la prochaine connexion.

## Sauvegardes dans le programme
key-backup-now = Sauvegarder
field-backup-dir = Dossier de sauvegarde (une clé USB ; vide : pas de sauvegarde quotidienne)
field-backups-kept = Sauvegardes à y garder
error-backups-kept = Donnez un nombre entre 1 et 365.
status-backup-made = Sauvegarde enregistrée : { $file }
store-no-backup-folder = Le dossier de sauvegarde n'est pas défini ou est introuvable. La clé USB est-elle branchée ? Réglez-le dans F8 Réglages.

## Journal d'audit
audit-title = Journal d'audit
audit-filter = Filtre (une référence, le nom d'un bénévole ou une date AAAA-MM-JJ), puis Enter :
audit-none = Aucune entrée ne correspond.
audit-signed-in = s'est connecté
audit-signed-out = s'est déconnecté
audit-sign-in-failed = mauvais mot de passe saisi
audit-viewed-person = a consulté { $person }
audit-created-person = a ajouté { $person }
audit-edited-person = a modifié { $person } : { $fields }
audit-created-visit = a noté la visite { $visit } pour { $person }
audit-edited-visit = a modifié la visite { $visit } : { $fields }
audit-exported = a exporté { $what }
audit-erased = a effacé { $person }
audit-volunteer-added = a ajouté un bénévole
audit-volunteer-changed = a modifié un bénévole
audit-key-rotated = a changé la clé des données
audit-backup-made = a fait une sauvegarde
audit-restored = a restauré une sauvegarde
audit-recovery-key-used = s'est connecté avec la clé de secours
audit-service-saved = a ajouté ou modifié un service
audit-directory-imported = a importé des services (Open Referral)
audit-referred = a orienté ou mis en relation une personne
audit-followed-up = a noté le résultat d'une mise en relation
audit-interpreter-saved = a ajouté ou modifié un interprète
audit-booking-saved = a réservé un interprète ou modifié une réservation
audit-field-name = nom
audit-field-year-of-birth = année de naissance
audit-field-gender = genre
audit-field-country = pays
audit-field-first-language = langue maternelle
audit-field-other-languages = autres langues
audit-field-english-level = anglais
audit-field-needs-interpreter = besoin d'un interprète
audit-field-interpreter-gender = genre de l'interprète
audit-field-immigration-status = situation administrative
audit-field-phone = téléphone
audit-field-notes = notes
audit-field-consent = consentement
audit-field-visit-state = état
audit-field-needs = besoins
audit-field-language = langue
audit-field-interpreting = interprétariat
audit-field-visit-notes = note
audit-broken-edited = une entrée a été modifiée
audit-broken-missing = une entrée manque
audit-broken-out-of-order = des entrées ne sont pas dans l'ordre
key-audit-log = Journal d'audit

## Orientation et mise en relation
referral-kind-signposted = Orientation
referral-kind-referred = Mise en relation
referral-needs-consent = Une mise en relation demande le consentement de la personne pour transmettre ses coordonnées au service. Demandez-le-lui d'abord.
referral-needs-follow-up = Une mise en relation demande une date de suivi, aujourd'hui ou plus tard.
outcome-pending = En cours
outcome-attended = Y est allé(e)
outcome-not-attended = N'y est pas allé(e)
outcome-declined = A refusé
outcome-unknown = Inconnu

## F6 Suivis
screen-follow-ups = Suivis
key-go-follow-ups = Aller aux Suivis
key-outcome-attended = Y est allé(e)
key-outcome-not-attended = N'y est pas allé(e)
key-outcome-declined = A refusé
key-outcome-unknown = Inconnu
key-outcome-pending = Toujours en cours (nouvelle date)
key-close-visit-done = Clore la visite : terminée
key-close-visit-left = Clore la visite : départ sans entretien
follow-ups-counts = Mises en relation à suivre : { $referrals } · Visites restées ouvertes : { $visits } · Réservations à clore : { $bookings }
follow-ups-empty = Aucun suivi à faire. Les mises en relation apparaissent ici à leur date de suivi ; les visites des jours précédents restées dans la file d'attente, et les réservations d'interprète passées mais encore ouvertes, apparaissent ici aussi.
follow-ups-referral = Mise en relation : { $service }
follow-ups-visit = Visite restée ouverte ({ $state })
col-due = Prévu
col-days-late = Retard
col-what = Quoi
status-outcome-recorded = Résultat noté : { $outcome }.
status-follow-up-put-off = Toujours en cours : nouveau suivi le { $date }.
status-visit-closed = Visite close.
status-not-a-referral = Cette ligne est une visite : d la clôt comme terminée, l comme départ sans entretien.
status-not-a-visit = Cette ligne est une mise en relation : a y est allé(e), n n'y est pas allé(e), x a refusé, u inconnu, p toujours en cours.
person-referral-pending = Suivi le { $date }
col-kind = Type
col-service = Service
col-outcome = Résultat

## Annuaire
field-stale-months = Signaler les entrées de l'annuaire non vérifiées depuis ce nombre de mois (1–60)
error-stale-months = Donnez un nombre de mois entre 1 et 60.

## Formulaire d'orientation et de mise en relation
form-referral = Orienter ou mettre en relation : { $name }
field-service = Service
field-referral-kind = Orientation ou mise en relation
field-consent-to-share = Consentement
field-follow-up = Suivi le
referral-consent-question = Accepte que ses coordonnées soient transmises à ce service
referral-no-service-found = Aucun service ne correspond. Moins de lettres, ou un autre mot ?
key-refer = Orienter / mettre en relation
status-refer-whom = Sélectionnez la visite d'une personne connue (pas une visite anonyme), ou ouvrez sa page, pour l'orienter ou la mettre en relation.
status-directory-empty = L'annuaire n'a encore aucun service actif (F4).
error-choose-service = Choisissez un service : tapez quelques lettres, puis ↑ ↓ et Enter.
status-signposted = { $name } : orientation vers { $service }.
status-referred = { $name } : mise en relation avec { $service }. Elle apparaîtra sur F6 à sa date de suivi.

## Import et export Open Referral (dropin import hsds, dropin export hsds)
import-progress = lecture de l'annuaire
import-summary = Import Open Referral — ajoutés : { $added }, mis à jour : { $updated }, inchangés : { $unchanged }, rejetés : { $rejected }.
import-rejected = { $place } : { $reason }
import-more-rejected = { $count ->
        [one] …et { $count } autre ligne rejetée, non listée ici.
       *[other] …et { $count } autres lignes rejetées, non listées ici.
    }
import-at-line = { $file }, ligne { $line }
import-at-item = { $file }, { $item }
import-at-file = { $file }
import-reason-not-utf8 = le texte de « { $column } » n'est pas de l'UTF-8 valide
import-reason-fields = la ligne a { $found } cellules alors que l'en-tête en a { $expected }
import-reason-json = JSON non valide (à partir de la ligne { $line }, colonne { $column })
import-reason-too-large = le fichier est trop gros pour être lu comme JSON ({ $mib } Mio) ; importez plutôt le paquet CSV
import-reason-missing = « { $column } » est vide
import-reason-too-long = « { $column } » est trop long
import-reason-duplicate = l'identifiant « { $id } » est déjà utilisé à la ligne { $first }
import-reason-no-organisation = son organisme « { $id } » n'est pas dans l'annuaire
import-reason-no-organisation-id = elle n'indique aucun organisme
import-reason-organisation-rejected = son organisme (ligne { $line }) a été rejeté
import-reason-part-rejected = une de ses lignes dans { $file }, ligne { $line }, a été rejetée
import-error-not-found = Il n'y a rien à { $path }.
import-error-not-hsds = { $path } n'est ni un paquet CSV Open Referral (un dossier avec datapackage.json) ni du JSON.
import-error-datapackage = { $file } n'est pas une description de paquet de données valide (ligne { $line }). Rien n'a été importé.
import-error-no-table = Le paquet n'a pas de table « { $table } », nécessaire à l'import. Rien n'a été importé.
import-error-file-missing = datapackage.json indique { $file }, qui n'existe pas. Rien n'a été importé.
import-error-unsafe-path = datapackage.json indique { $file }, hors du dossier du paquet : refusé. Rien n'a été importé.
import-error-missing-column = { $file } n'a pas de colonne « { $column } », nécessaire à l'import : le fichier est refusé et rien n'a été importé.
import-error-read = { $file } ne peut pas être lu ({ $detail }).
import-error-mapping = Fichier de correspondance, ligne { $line } : « { $text } » n'est pas une règle (MOTIF = DOMAINE, DOMAINE …). Rien n'a été importé.
import-error-mapping-domain = Fichier de correspondance, ligne { $line } : « { $text } » indique un domaine qui ne fait pas partie des 14. Rien n'a été importé.
import-error-not-allowed = Seul un coordinateur peut importer des services dans l'annuaire.
export-progress = écriture de l'annuaire
export-done = { $services ->
        [one] { $services } service
       *[other] { $services } services
    } de { $organisations ->
        [one] { $organisations } organisme
       *[other] { $organisations } organismes
    } écrits dans { $dir }.
export-error-not-empty = { $dir } n'est pas vide : choisissez un dossier nouveau ou vide.
export-error-write = { $file } ne peut pas être écrit ({ $detail }).

## Feuillet d'orientation
slip-title = Feuillet (Ctrl+P imprimer · Ctrl+T enregistrer en texte · Esc fermer)
slip-address = Adresse
slip-phone = Téléphone
slip-opening-times = Horaires d'ouverture
slip-website = Site web
slip-email = E-mail
key-print-slip = Imprimer
key-save-slip = Enregistrer en fichier texte
field-printer = Imprimante pour les feuillets (vide : enregistrer en texte)
status-slip-saved = Feuillet enregistré sous { $file }.
status-slip-not-saved = Le feuillet n'a pas pu être enregistré : { $why }
status-slip-printed = Feuillet envoyé à { $printer }.
status-slip-not-printed = L'imprimante { $printer } n'a pas pris le feuillet. Vérifiez son nom dans Réglages (F8), ou appuyez sur t pour l'enregistrer en fichier texte.
status-no-printer = Aucune imprimante n'est réglée (Réglages, F8). Appuyez sur t pour enregistrer le feuillet en fichier texte.
status-no-lp = L'impression a besoin de la commande lp du système (CUPS), absente de cet ordinateur. Appuyez sur t pour enregistrer le feuillet en fichier texte.
screen-directory = Annuaire
key-go-directory = Aller à l'Annuaire
key-new-service = Nouveau service
key-open-service = Ouvrir le service
key-edit-service = Modifier le service
key-mark-verified = Marquer vérifié aujourd'hui
key-deactivate-service = Désactiver le service
key-reactivate-service = Réactiver le service
key-filter-domain = Filtrer par domaine
key-filter-language = Filtrer par langue
key-show-inactive = Afficher ou masquer les services inactifs
directory-search-label = Chercher un service :
directory-filter-domain = Domaine : { $domain }
directory-filter-language = Langue : { $language }
directory-inactive-hidden = inactifs masqués
directory-inactive-shown = inactifs affichés
directory-any = tous
directory-summary = Affichés : { $shown } sur { $total } · ⚠ non vérifiés depuis { $months } mois : { $stale }
directory-empty = L'annuaire est vide. Un coordinateur ajoute des services avec Ctrl+N.
directory-none = Aucun service ne correspond. Esc efface la recherche, puis les filtres.
directory-inactive = inactif
directory-never = jamais
directory-domain-title = Filtrer par domaine
directory-language-title = Filtrer par langue
directory-any-domain = Tous les domaines
directory-any-language = Toutes les langues
col-organisation = Organisme
col-domains = Domaines
col-checked = Vérifié
form-new-service = Nouveau service
form-edit-service = Modifier le service
field-organisation = Organisme
field-service-name = Nom du service
field-description = Description
field-domains = Domaines
field-address = Adresse
field-postcode = Code postal
field-email = E-mail
field-website = Site web
field-opening-times = Horaires d'ouverture
field-service-languages = Langues parlées
field-eligibility = Pour qui
field-how-to-refer = Comment mettre en relation
field-service-status = Statut
field-last-verified = Dernière vérif.
field-source = Source
service-active = Actif
service-inactive = Inactif : pas proposé actuellement
service-never-checked = jamais vérifié
service-stale = non vérifié depuis { $months } mois ou plus
service-typed = Saisi dans ce centre
service-imported = Importé d'un annuaire Open Referral le { $date } (son identifiant : { $id })
status-service-saved = { $name } enregistré.
status-service-verified = { $name } marqué comme vérifié aujourd'hui.
status-service-deactivated = { $name } est maintenant inactif : la liste le masque (Ctrl+T affiche les services inactifs).
status-service-reactivated = { $name } est de nouveau actif.
key-show-slip = Feuillet
key-import-directory = Importer (Open Referral)
import-from-title = Importer des services (Open Referral)
import-from-hint = Un dossier avec datapackage.json et des fichiers CSV, ou un fichier ou dossier JSON. Enter importe ; Esc pour revenir.
import-from-label = Chemin :
import-report-title = Import
put-off-title = Toujours en cours
put-off-hint = Nouveau suivi le (AAAA-MM-JJ). Enter confirme ; Esc pour revenir.

## Réservations d'interprètes
booking-bad-duration = Une réservation dure de 1 minute à 12 heures.
booking-interpreter-busy = Cet interprète est déjà réservé à cette heure-là (voir la réservation affichée).
booking-interpreter-inactive = Cet interprète n'est plus actif.
booking-bad-transition = Une réservation dans cet état ne peut pas être changée de cette façon.
booking-no-show-too-early = Une absence ne peut être notée qu'une fois le rendez-vous commencé.

## F5 Interprètes : la liste des interprètes et les réservations
booking-person-busy = Cette personne a déjà une réservation à cette heure-là (affichée). Enregistrez à nouveau avec Ctrl+S pour garder les deux.
interpreter-incomplete = Un interprète doit avoir un nom et au moins une langue.
screen-interpreters = Interprètes
key-go-interpreters = Aller aux Interprètes
key-new-interpreter = Nouvel interprète
key-edit-interpreter = Modifier l'interprète
key-show-day = Jour
key-show-week = Semaine
key-show-roster = Liste
key-filter-gender = Genre
key-filter-mode = Mode
key-new-booking = Nouvelle réservation
key-edit-booking = Ouvrir la réservation
key-confirm-booking = Confirmer
key-complete-booking = Effectuée
key-cancel-booking = Annuler la réservation
key-no-show = Absence
key-export-calendar = Fichier agenda (.ics)
key-earlier = Avant
key-later = Après
key-book-interpreter = Réserver un interprète
col-languages = Langues
form-booking = Réserver un interprète
form-booking-edit = Réservation
field-person = Personne
field-booking-language = Langue
field-dialect = Dialecte
field-mode = Mode
field-appointment = Rendez-vous
field-place = Lieu
field-date = Date (AAAA-MM-JJ)
field-start = Début (HH:MM)
field-end = Fin (HH:MM)
field-interpreter = Interprète
field-cancel-reason = Motif
error-bad-date = Tapez une date sous la forme AAAA-MM-JJ, par ex. 2026-12-03.
error-bad-time = Tapez une heure sous la forme HH:MM, par ex. 09:30.
error-choose-person = Tapez un nom ou une référence et choisissez la personne avec Enter.
error-choose-language = Tapez une langue (nom ou code) et choisissez-la avec Enter.
booking-unknown-language = Aucune langue de ce nom ou code : choisissez-en une dans la liste avec Enter.
booking-ends-before-start = La fin doit être après le début.
booking-starts-in-past = Ce rendez-vous commence dans le passé. Vérifiez la date ; enregistrez à nouveau avec Ctrl+S pour réserver quand même.
booking-cancel-needs-reason = Dites pourquoi la réservation est annulée.
booking-no-interpreter-yet = Aucun pour l'instant (demandé)
booking-nobody-fits-gender = Personne sur la liste des interprètes ne correspond au genre souhaité pour cette langue : la réservation reste demandée.
booking-nobody-speaks = Personne sur la liste des interprètes ne parle cette langue ni une langue proche.
miss-related-language = parle { $language } ({ $dialects }), une langue proche : demandez d'abord
miss-other-dialect = autres dialectes : { $dialects }
miss-gender = pas le genre souhaité
miss-mode = ne travaille pas de cette façon (mode)
miss-busy = déjà réservé à ce moment
miss-inactive = n'est plus actif
status-booking-saved = Réservation enregistrée : { $booking }
status-booking-moved = Réservation maintenant { $status } : { $booking }
status-calendar-saved = Fichier agenda enregistré : { $file }
status-calendar-not-saved = Le fichier agenda n'a pas pu être enregistré : { $why }
status-calendar-nothing = Aucune réservation pour cet interprète cette semaine.
calendar-summary = Interprète : { $language } — { $appointment }
calendar-reference = Référence : { $reference }
calendar-language = Langue : { $language }
calendar-mode = Mode : { $mode }
calendar-status = Statut : { $status }
cancel-booking-title = Annuler la réservation
cancel-booking-hint = Enter annule la réservation ; Esc la garde.
mode-in-person = Sur place
mode-phone = Téléphone
mode-video = Vidéo
interpreter-gender-other = Autre
appointment-gp = Médecin
appointment-hospital = Hôpital
appointment-solicitor = Avocat
appointment-home-office = Home Office
appointment-housing = Logement
appointment-school = École
appointment-council = Mairie
appointment-benefits = Allocations
appointment-other = Autre
booking-status-requested = demandée
booking-status-confirmed = confirmée
booking-status-completed = effectuée
booking-status-cancelled = annulée
booking-status-late-cancelled = annulée tard
booking-status-no-show = absence
bookings-day = Réservations du { $date } ({ $count }) — ← → autre jour
bookings-week = Semaine du { $date } ({ $count } réservations) — ← → autre semaine
bookings-requests-count = Demandes pas encore confirmées : { $count }
bookings-none = Aucune réservation ce jour-là. Ctrl+N réserve un interprète.
timegrid-legend = [..] █ confirmée  ? demandée  · faite  ! conflit  ‹ › hors 08–18
col-time = Heure
col-interpreter = Interprète
col-appointment = Rendez-vous
col-status = Statut
weekday-mon = Lun
weekday-tue = Mar
weekday-wed = Mer
weekday-thu = Jeu
weekday-fri = Ven
weekday-sat = Sam
weekday-sun = Dim
today-bookings = Interprètes réservés aujourd'hui ({ $count }) — F5 pour la journée
follow-ups-booking = Interprète { $time } { $appointment }, { $interpreter } ({ $status }) : à clore
status-not-a-booking = Ce n'est pas une réservation d'interprète.

## F5 liste des interprètes (formulaire d'interprète)
col-gender = Genre
col-modes = Modes
col-agency = Agence
roster-search-label = Chercher un nom, une langue ou un dialecte :
roster-filter-gender = Genre : { $gender }
roster-filter-mode = Mode : { $mode }
roster-any = tous
roster-shown = Affichés : { $shown } sur { $total }
roster-empty = Aucun interprète sur la liste pour l'instant. Un coordinateur peut en ajouter.
roster-empty-add = Aucun interprète sur la liste pour l'instant. Appuyez sur { $key } pour en ajouter un.
roster-none = Aucun interprète ne correspond. Esc efface la recherche, puis les filtres.
roster-modes-all = tous les modes
roster-volunteer = bénévole
roster-inactive = inactif
form-new-interpreter = Nouvel interprète
form-edit-interpreter = Modifier l'interprète
field-interpreter-languages = Langues
field-add-language = Ajouter une langue
field-modes = Modes
field-agency = Agence
field-contact = Contact
field-active = Actif
interpreter-dialects = dialectes :
interpreter-dialects-hint = Des virgules entre les dialectes ; { $key } retire la langue.
interpreter-add-language-hint = Tapez son nom anglais ou son code (tigr, apd), puis Enter.
interpreter-agency-empty = vide : un interprète bénévole
interpreter-active-note = peut être réservé
error-no-language = Ajoutez au moins une langue : tapez une partie de son nom, puis Enter.
error-language-not-found = Aucune langue ne correspond à « { $typed } ». Essayez moins de lettres, ou son code.
status-interpreter-saved = { $name } enregistré dans la liste des interprètes.
key-remove-language = Retirer cette langue
check-bookings-unreadable = Un bloc de réservations d'interprètes ne peut pas être lu : { $about }
check-booking-unlisted = Une réservation manque dans la liste de sa personne : { $about }
check-booking-missing = La liste d'une personne indique une réservation qui n'existe pas : { $about }
check-booking-index = L'index des horaires des interprètes ou des réservations ouvertes ne concorde pas avec une réservation : { $about }
check-booking-clash = Un interprète est sur deux réservations en même temps : { $about }
check-support-unreadable = L'aide donnée lors d'une visite ne peut pas être ouverte : { $about }
check-support-orphan = De l'aide est notée sur une visite qui n'existe pas, ou qui n'est pas la sienne : { $about }
check-key-dates-unreadable = Un bloc de dates clés ne peut pas être lu : { $about }
check-key-date-misplaced = Une date clé est rangée avec celles de quelqu'un d'autre : { $about }
check-key-date-reminder = Le rappel F6 d'une date clé manque ou est en trop : { $about }
cancel-booking-hint-late = Moins de 24 heures avant le début : annulation tardive. Enter annule ; Esc la garde.
booking-cancelled-line = Annulée le { $date } par { $who } : { $why }
key-export-week = Semaine vers l'agenda (.ics)

## Montants
money-error-empty = Tapez un montant, par ex. 12.50.
money-error-negative = Un montant ne peut pas être négatif.
money-error-not-a-number = Ce n'est pas un montant : tapez les livres et les pence en chiffres, par ex. 12.50 ou £12.50.
money-error-too-many-decimals = Deux chiffres au plus après le point (les pence), par ex. 12.50.
money-error-two-points = Un seul point décimal, par ex. 12.50.
money-error-grouping = Les virgules vont seulement entre les milliers, par ex. 1,250.00 ; les pence vont après un point : 12.50.
money-error-other-currency = Les montants sont en livres (£) uniquement.
money-error-too-large = Ce montant est trop grand pour être juste : vérifiez le nombre.

## Aide donnée lors d'une visite
support-kind-food-parcel = Colis alimentaire
support-kind-travel-fare = Titre de transport
support-kind-hardship-payment = Aide financière d'urgence
support-kind-clothing = Vêtements
support-kind-phone-top-up = Recharge téléphone
support-kind-other = Autre
support-error-amount-missing = Tapez le montant donné, par ex. 12.50.
support-error-amount-zero = Le montant est zéro : tapez ce qui a été donné, par ex. 12.50.
support-error-amount-not-money = Cette aide n'est pas de l'argent : laissez le montant vide et dites dans la note ce qui a été donné.
support-error-note-missing = Dites dans la note ce qui a été donné.
support-error-note-too-long = La note est trop longue : { $max } caractères au plus.
key-give-support = Aide donnée
field-support-kind = Type d'aide
field-support-amount = Montant (£)
support-amount-hint = Livres et pence, par ex. 12.50 ou £12.50
support-confirm-large = { $amount } dépasse { $limit } pour un seul élément. Vérifiez : Ctrl+S à nouveau l'enregistre.
status-support-confirm-large = Montant élevé : vérifiez-le, puis Ctrl+S à nouveau pour l'enregistrer.
status-support-given = Noté : { $kind } pour { $name }.
status-support-over-limit = Enregistré. { $name } a reçu { $total } en 12 mois, au-dessus de la limite de { $limit }.
status-support-which-visit = Sélectionnez d'abord une visite : l'aide donnée se note sur une visite.
field-support-given = Déjà donné lors de cette visite
key-remove-support = Retirer un élément noté par erreur
support-remove-question = Retirer « { $what } » de cette visite ? Il a été saisi par erreur ; le journal d'audit garde la trace du retrait.
support-remove-yes = Le retirer
status-support-removed = Retiré. Le total de la personne est mis à jour.
status-support-not-yours = Seule la personne qui l'a noté, ou un coordinateur, peut le retirer.
audit-support-removed = a retiré une aide donnée lors d'une visite (saisie par erreur)
form-support = Aide donnée à { $name }
support-form-total = Sur les 12 derniers mois, avec ceci : { $total }
support-over-limit = au-dessus de la limite de { $limit }
person-support-summary = Aide donnée, 12 derniers mois : { $total } en argent, { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}

## Foyers (personnes venues ensemble)
household-title = Foyer
household-child-born = Enfant, né(e) en { $year }
relation-partner = Conjoint
relation-child = Enfant
relation-parent = Parent
relation-sibling = Frère ou sœur
relation-other-relative = Autre membre de la famille
relation-other = Sans lien familial (un ami, un aidant)
household-error-in-another = Déjà dans un autre foyer : retirez d'abord la personne de ce foyer.
household-error-already-member = Déjà dans ce foyer.
household-error-not-member = Pas dans ce foyer.
household-error-anchor-has-others = Le foyer est noté à travers cette personne : notez-le d'abord à travers quelqu'un d'autre (Ctrl+R).
household-error-too-small = Un foyer demande au moins deux personnes.
household-error-relations = Indiquez le lien de chaque personne avec celle à travers qui le foyer est noté.

## Dates clés (audiences, entretiens, délais)
key-date-kind-interview = Entretien au Home Office
key-date-kind-appeal-hearing = Audience d'appel (asile)
key-date-kind-appeal-deadline = Date limite d'appel
key-date-kind-move-on-end = Fin de la période de transition (l'aide aux demandeurs d'asile s'arrête)
key-date-kind-court = Tribunal
key-date-kind-other = Autre date
key-date-outcome-kept = A eu lieu, ou délai respecté
key-date-outcome-moved = Reportée à un autre jour
key-date-outcome-missed = Manquée
key-date-outcome-cancelled = Annulée, ou plus nécessaire
key-date-due-later = plus tard
key-date-due-in = { $days ->
        [0] aujourd'hui
        [one] demain
       *[other] dans { $days } jours
    }
key-date-due-passed = { $days ->
        [one] passée hier, pas encore de résultat
       *[other] passée il y a { $days } jours, pas encore de résultat
    }
key-date-due-done = terminée
key-date-soon = { $days ->
        [one] date clé aujourd'hui ou demain
       *[other] date clé dans les { $days } jours
    }
key-date-warning-past = Cette date est déjà passée. L'enregistrer quand même ?
key-date-lead-days-hint = Vide : le délai habituel pour ce type de date.
field-key-date-kind = Type de date
field-key-date-date = Date
field-key-date-grant = Date de l'accord
field-key-date-lead-days = Rappel, jours avant
field-key-date-note = Note
error-choose-kind = Choisissez le type de cette date.
error-date-missing = Donnez la date sous la forme AAAA-MM-JJ, par ex. 2026-12-03.
error-grant-date-missing = Donnez la date de l'accord : la fin de l'aide de transition est calculée à partir d'elle.
error-lead-days = Donnez un nombre de jours entre 0 et 365.
error-date-future = Cette date n'est pas encore arrivée : donnez le jour où c'est arrivé.
key-add-key-date = Ajouter une date clé
key-key-date-kept = Date clé : a eu lieu, ou respectée
key-key-date-moved = Date clé : reportée à un autre jour
key-key-date-missed = Date clé : manquée
key-key-date-cancelled = Date clé : annulée, ou plus nécessaire
key-date-kind-choose = (choisir : Space ou ←/→)
key-date-move-on-ends = L'aide s'arrête le { $date } ({ $days } jours après l'accord)
key-date-move-on-hint = L'aide s'arrête { $days } jours après l'accord.
key-date-lead-days-usual = Vide : { $days } jours avant, le délai habituel pour ce type de date.
key-date-move-on-row = Fin de transition (accord { $grant })
key-date-outcome-hint = Une note si vous voulez (facultatif). Enter l'enregistre ; Esc pour revenir.
form-key-date = Ajouter une date clé : { $name }
status-key-date-saved = Date clé enregistrée : { $kind }, { $date }
status-not-a-key-date = Cette ligne n'est pas une date clé.
status-key-date-row = Cette ligne est une date clé : h a eu lieu, m reportée, s manquée, w annulée (ou Ctrl+O).
follow-ups-key-dates = Dates clés à traiter : { $count } (à venir, ou passées sans résultat)
col-key-date = Date
col-note = Note
key-date-passed-short = { $days ->
        [one] passée hier
       *[other] passée il y a { $days } jours
    }
key-date-move-on-short = Fin de transition

## Alertes de protection
safeguarding-help-danger = Si quelqu'un est en danger immédiat, appelez d'abord le 999 ; notez-le ici ensuite.
safeguarding-help-lead = En enregistrant, le référent protection du centre est prévenu tout de suite. Le référent protection est le bénévole qui décide de la suite, par exemple une transmission à la mairie ou à la police, et la note ici. Seuls le référent protection, les coordinateurs et vous pouvez voir cette alerte.
safeguarding-new-count = { $count ->
        [one] { $count } nouvelle alerte de protection
       *[other] { $count } nouvelles alertes de protection
    }
concern-unnamed = Aucune personne nommée
concern-category-child = Enfant en danger
concern-category-adult = Adulte en danger
concern-category-domestic-abuse = Violences conjugales ou familiales
concern-category-trafficking = Traite ou esclavage moderne
concern-category-self-harm = Automutilation ou risque de suicide
concern-category-other = Autre chose
concern-agency-childrens-services = Services de l'enfance (mairie)
concern-agency-adults-services = Services aux adultes (mairie)
concern-agency-police = Police
concern-agency-modern-slavery-helpline = Modern Slavery Helpline
concern-agency-domestic-abuse = Un service contre les violences conjugales
concern-agency-health = Un médecin ou un service de santé
concern-agency-other = Quelqu'un d'autre
concern-step-referred = Transmise
concern-step-action = Autre chose faite
concern-step-closed = Close
concern-status-open = Ouverte
concern-status-referred-on = Transmise
concern-status-closed = Close
concern-error-not-allowed = Seuls le référent protection et les coordinateurs notent la suite.
concern-error-closed = Cette alerte est close. S'il se passe quelque chose de nouveau, lancez une nouvelle alerte.
field-concern-category = Sujet
field-concern-seen-or-said = Ce qui a été vu ou dit
field-concern-action-taken = Ce que vous avez fait
field-concern-step = La suite
field-concern-agency = Transmise à
field-concern-on = Le
field-concern-note = Note
error-choose-category = Choisissez le sujet de l'alerte.
field-move-on-days = Période de transition (jours après un accord)
field-support-limit = Limite d'aide par personne, 12 mois (£ ; vide : aucune)
error-move-on-days = Tapez un nombre de jours entre 1 et 365 (28 en général).
audit-key-date-saved = a ajouté une date clé ou noté son résultat
audit-support-given = a noté une aide donnée lors d'une visite

## Foyers (issue 7)
audit-household-saved = a formé, modifié ou dissous un foyer
check-households-unreadable = La fiche d'un foyer ne peut pas être lue : { $about }
check-household-index = L'index des foyers ne concorde pas avec les foyers pour { $about }
check-household-invalid = Le foyer { $about } a moins de deux personnes, quelqu'un en double, ou quelqu'un dont la fiche n'existe plus
check-household-twice = { $about } est dans deux foyers
key-household = Foyer
key-remove-from-household = Retirer du foyer
key-whole-household = Tout le foyer est venu
household-none = aucun (Ctrl+G pour ajouter quelqu'un venu avec la personne)
household-more = … et { $count } de plus (Ctrl+G)
household-relation-of = { $relation } de { $name }
household-anchor = le foyer est noté à travers cette personne
household-recorded-through = Les liens sont indiqués par rapport à { $name }, à travers qui le foyer est noté.
household-form-title = Foyer de { $name }
household-field-add-person = Ajouter une personne
household-field-add-child = Ajouter un enfant (année de naissance)
household-field-members = Dans le foyer
household-hint-list = ← → lien · Enter : c'est juste · Ctrl+R : noter à travers elle
household-confirm-remove = Retirer { $name } du foyer ?
household-confirm-remove-child = Retirer du foyer l'enfant né(e) en { $year } ?
household-remove-yes = Retirer
status-household-saved = Foyer enregistré.
status-household-dissolved = Le foyer n'existe plus : il y restait moins de deux personnes.
field-visit-household = Venus avec
household-needs-same = mêmes besoins
household-needs-own = besoins propres
household-hint-visit = Space : venu(e) aussi · Enter : ses propres besoins · Ctrl+A : tout le monde
field-visit-needs-of = Besoins de { $name }
status-visits-saved = { $count ->
    [one] Visite enregistrée pour { $name }.
   *[other] Visites enregistrées pour { $name } et { $others } autre(s) membre(s) du foyer.
}
household-hint-everyone = Ctrl+A : tout le monde est venu
col-household = Foyer
key-record-through = Noter le foyer à travers cette personne
household-check-relation = à vérifier : ← → pour changer, Enter si c'est juste

## Alertes de protection : stockées et affichées
audit-concern-raised = a lancé une alerte de protection
audit-concern-viewed = a ouvert une alerte de protection
audit-concern-updated = a noté la suite d'une alerte de protection
check-concerns-unreadable = Une alerte de protection ne peut pas être ouverte : { $about }
check-concern-awaiting = Le nombre d'alertes en attente du référent ne concorde pas avec une alerte : { $about }
check-report-counts = Les chiffres du bilan de { $about } ne concordent pas avec les fiches de ce jour
check-report-counts-unreadable = Les chiffres du bilan ne peuvent pas être lus ni recomptés
key-raise-concern = Lancer une alerte de protection
key-show-concerns = Alertes de protection
key-open-concern = Ouvrir l'alerte
key-record-step = Noter la suite
key-close-concern = Clore l'alerte
key-toggle-lead = Référent protection : marquer ou non
form-concern = Alerte de protection
form-concern-step = La suite
field-concern-person = Concerne
field-concern-other-agency = Qui (nom)
field-concern-status = Statut
field-concern-raised = Lancée
field-safeguarding-lead = Référent protection
concern-category-none = pas encore choisi (← → pour choisir)
concern-status-raised = Alerte enregistrée. Le référent protection a été prévenu.
concern-status-step-saved = La suite est enregistrée.
concern-status-closed-saved = L'alerte est close.
concern-awaiting-lead = pas encore ouverte
concern-page-title = Alerte de protection
concern-raised-by = { $date } { $time } par { $name }
concern-steps = La suite
concern-no-steps = Rien de noté pour l'instant.
concern-raiser-note = Le référent protection décide de la suite et la note ici.
concerns-title = Alertes de protection que vous pouvez voir : { $count }
concerns-empty = Aucune alerte de protection à afficher. Ctrl+Y en lance une depuis n'importe quel écran.
col-raised = Lancée
col-concern-category = Sujet
col-concern-status = Statut
col-concern-lead = Référent
confirm-close-concern = Clore cette alerte ? Plus aucune étape ne pourra y être notée ensuite ; on vous demandera pourquoi.
confirm-close-concern-yes = La clore
person-concerns = Alertes de protection
person-concerns-count = { $count } — F6, Ctrl+G
volunteer-safeguarding-lead = référent protection
volunteer-lead-hint = prévenu de chaque nouvelle alerte
status-lead-marked = { $name } est maintenant référent protection.
status-lead-unmarked = { $name } n'est plus référent protection.

## Bilans et exports (src/export, src/cli/export.rs)
audit-records-exported = a exporté des fiches (références seulement)
audit-records-exported-full = a exporté des fiches avec noms, notes et numéros de téléphone (export complet)
export-error-exists = { $file } existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.
export-error-is-folder = { $file } est un dossier : donnez le nom d'un fichier à écrire.
export-error-folder = Impossible d'écrire dans { $dir } ({ $detail }) : choisissez un autre dossier.
export-error-writing = L'export n'a pas pu être écrit ({ $detail }) ; rien n'a été laissé derrière.
export-not-given = non indiqué
export-not-recorded = pas encore noté
export-col-section = Section
export-col-item = Élément
export-col-label = Chiffre
export-col-value = Cette période
export-col-previous = Période précédente
export-col-person = Personne
export-col-name = Nom
export-col-notes = Notes
export-col-phone = Téléphone
export-col-amount = Montant (£)
export-col-day = Jour
export-col-visit-id = Visite
export-col-arrived = Arrivée
export-col-waited-minutes = Attente (minutes)
export-col-state = État
export-col-age-band = Tranche d'âge
export-col-gender = Genre
export-col-country = Pays d'origine
export-col-immigration-status = Situation administrative
export-col-first-language = Langue maternelle
export-col-needs = Besoins
export-col-language = Langue
export-col-interpreting = Interprétariat
export-col-visits-in-range = Visites sur la période
export-col-recorded = Noté le
export-col-english-level = Anglais
export-col-needs-interpreter = Besoin d'un interprète
export-col-year-of-birth = Année de naissance
export-col-referral-id = Orientation ou mise en relation
export-col-kind = Type
export-col-domain = Domaine
export-col-service-id = Numéro du service
export-col-service = Service
export-col-outcome = Résultat
export-col-follow-up = Suivi le
export-col-booking-id = Réservation
export-col-start = Début
export-col-minutes = Minutes
export-col-appointment = Rendez-vous
export-col-mode = Mode
export-col-status = Statut
export-col-place = Lieu
export-col-organisation = Organisme
export-col-domains = Domaines
export-col-postcode = Code postal
export-col-email = E-mail
export-col-website = Site web
export-col-languages = Langues
export-col-active = Actif
export-col-last-verified = Dernière vérification
export-col-given = Donnée le
export-fig-visits = Visites
export-fig-people = Personnes différentes
export-fig-new-people = Nouvelles personnes
export-fig-anonymous = Visites anonymes
export-fig-households = Foyers
export-fig-visits-per-person = Visites par personne
export-fig-average-wait = Attente moyenne (minutes)
export-fig-longest-wait = Attente la plus longue (minutes)
export-fig-family-interpreting = Interprétariat par la famille ou des amis (mauvaise pratique)
export-section-summary = Résumé
export-section-needs = Besoins par domaine
export-section-languages = Langues utilisées
export-section-interpreting = Interprétariat
export-section-sent-by-domain = Orientations et mises en relation, par domaine
export-section-sent-by-service = Orientations et mises en relation, par service
export-section-outcomes = Résultats des mises en relation
export-section-bookings = Réservations d'interprètes
export-section-booking-hours = Heures d'interprétariat
export-section-bookings-by-language = Réservations d'interprètes par langue
export-section-hours = Arrivées par heure
export-section-weekdays = Visites par jour de la semaine
export-section-support = Aide donnée
export-section-support-amount = Aide donnée, montant (£)
export-section-concerns = Alertes de protection (nombres inférieurs à 5 affichés <5)
export-section-key-dates = Dates clés
export-section-equalities-gender = Égalité : genre (nombres inférieurs à 5 affichés <5)
export-section-equalities-age-band = Égalité : tranche d'âge (nombres inférieurs à 5 affichés <5)
export-section-equalities-country = Égalité : pays d'origine (nombres inférieurs à 5 affichés <5)
export-section-equalities-immigration-status = Égalité : situation administrative (nombres inférieurs à 5 affichés <5)
export-section-equalities-first-language = Égalité : langue maternelle (nombres inférieurs à 5 affichés <5)
export-age-under-18 = Moins de 18 ans
export-age-18-25 = 18 à 25 ans
export-age-26-35 = 26 à 35 ans
export-age-36-50 = 36 à 50 ans
export-age-51-65 = 51 à 65 ans
export-age-over-65 = Plus de 65 ans
cli-error-day = « { $day } » n'est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par ex. 2026-04-01.
cli-error-backwards = La période commence le { $from }, après sa fin le { $to } : mettez --from avant --to.
cli-error-too-long = Une période ne peut pas dépasser 20 ans.
cli-error-coordinators-only = Seul un coordinateur peut voir les bilans et exporter des fiches.
cli-report-title = Bilan du { $from } au { $to } (période précédente du { $pfrom } au { $pto })
cli-report-written = { $rows } chiffres écrits dans { $file }
cli-export-written = { $rows } lignes écrites dans { $file }
cli-full-word = noms
cli-full-warning = Cet export { $kind } contiendra des noms, des notes et des numéros de téléphone. Gardez le fichier en sécurité et supprimez-le une fois fini. Tapez { $word } pour continuer :
cli-full-needs-yes = Un export complet demande un second oui : ajoutez --yes-full (il n'y a pas de terminal pour le demander).
cli-full-not-confirmed = Pas confirmé : rien n'a été exporté.
cli-full-not-personal = L'annuaire ne contient rien de personnel : --full sert aux fiches de personnes.

## F7 Bilans (coordinateurs)
screen-reports = Bilans
key-go-reports = Aller aux Bilans
key-report-range-before = Période avant
key-report-range-next = Période suivante
key-report-dates = Taper des dates
key-report-next-section = Section suivante
key-report-prev-section = Section précédente
key-report-shared = À partager (<5)
key-report-export = Exporter
key-report-refresh = Relire
key-report-apply-range = Afficher cette période
report-coordinators-only = Les bilans sont réservés aux coordinateurs. Demandez à un coordinateur si vous avez besoin d'un chiffre.
report-range-today = Aujourd'hui
report-range-this-week = Cette semaine
report-range-this-month = Ce mois-ci
report-range-last-month = Le mois dernier
report-range-this-quarter = Ce trimestre
report-range-financial-year = Exercice financier
report-range-last-12-months = 12 derniers mois
report-range-custom = Vos dates
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
})
report-compared-with = Comparé au { $from } – { $to }
report-from = Du
report-to = Au
report-error-date = Ce n'est pas une date : tapez-la sous la forme AAAA-MM-JJ, par ex. 2026-04-01.
report-error-backwards = Le début est après la fin.
report-error-too-long = Une période peut durer 20 ans au plus.
report-none = Aucun bilan à l'écran : Ctrl+R le lit.
report-section-overview = Vue d'ensemble
report-section-needs = Besoins
report-section-languages = Langues
report-section-sent-on = Vers des services
report-section-bookings = Interprètes
report-section-times = Horaires
report-section-support = Aide
report-section-equalities = Égalité
report-column-now = Cette période
report-column-before = Avant
report-column-change = Écart
report-more = { $count } lignes de plus : PgDn
report-nothing = aucun sur les deux périodes
report-visits = Visites
report-people = Personnes différentes
report-new-people = Nouvelles personnes notées
report-anonymous = Visites anonymes
report-visits-per-person = Visites par personne
report-households = Foyers venus
report-heading-weekly = Visites par semaine
report-weekly-note = pic { $peak } par semaine · { $total } en tout (avant : { $before })
report-weekly-dates = semaines du { $first } au { $last }{ $per ->
    [one] {""}
   *[other] {" "}({ $per } semaines par repère)
}
report-heading-needs = Besoins par domaine (visites)
report-heading-languages = Langues utilisées (visites)
report-heading-interpreting = Interprétariat (visites ; ⚠ mauvaise pratique)
report-family-interpreting = ⚠ Famille ou ami
report-heading-signposted = Orientations, par domaine
report-heading-referred = Mises en relation, par domaine
report-total = En tout
report-no-domain = Aucun domaine indiqué
report-heading-signposted-services = Orientations, par service
report-heading-referred-services = Mises en relation, par service
report-key-date-kept = Respectées
report-key-date-moved = Reportées
report-key-date-missed = Manquées
report-key-date-cancelled = Annulées
report-heading-outcomes = Résultats
report-bookings = Réservations d'interprètes
report-booked-hours = Heures réservées
report-late-cancellations = Annulations tardives
report-no-shows = Absences
report-heading-bookings = Réservations par langue et statut
report-heading-booked-hours = Heures par langue et statut
report-average-wait = Attente moyenne (minutes)
report-longest-wait = Attente la plus longue (minutes)
report-heading-hours = Arrivées par heure
report-heading-weekdays = Visites par jour de la semaine
report-heading-support = Aide donnée (éléments)
report-support-amount = { "  " }montant donné
report-heading-concerns = Alertes de protection (nombres seulement)
report-heading-key-dates = Dates clés
report-key-date-open = Rien de noté pour l'instant
report-for-sharing = À partager : les nombres inférieurs à 5 s'affichent <5 (Ctrl+T)
report-not-recorded = Non noté
report-heading-gender = Genre (personnes)
report-heading-age = Tranche d'âge (personnes)
report-age-under-18 = Moins de 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = Plus de 65
report-heading-country = Pays d'origine (personnes)
report-heading-status = Situation administrative (personnes)
report-heading-first-language = Langue maternelle (personnes)

## Fenêtre d'export de F7 (Ctrl+E sur F7)
key-export-write = Exporter
key-export-choice-before = Choix précédent
key-export-choice-next = Choix suivant
export-box-title = Export
export-box-days = Jours : { $from } – { $to } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
})
export-box-whole-directory = Tout l'annuaire, tel qu'il est maintenant
export-field-what = Quoi
export-field-format = Format
export-field-full = Noms et notes
export-field-file = Fichier
export-what-report = Le bilan affiché
export-what-visits = Visites
export-what-people = Personnes venues
export-what-referrals = Orientations et mises en relation
export-what-bookings = Réservations d'interprètes
export-what-services = Services (l'annuaire)
export-what-support = Aide donnée
export-format-csv = CSV (tableurs)
export-format-json = JSON (programmes)
export-full-off = Non : références seulement
export-full-on = Oui : noms, notes, téléphones
export-holds-report = Les chiffres à l'écran et ceux de la période d'avant ; nombres inférieurs à 5 affichés <5.
export-holds-services = Les services de l'annuaire : aucune donnée personnelle.
export-holds-pseudonymised = Références et tranches d'âge : pas de noms, pas de notes, pas de numéros de téléphone.
export-holds-full = Ce fichier contiendra des noms, des notes et des numéros de téléphone : gardez-le en sécurité.
export-box-no-range = Il n'y a pas de période à l'écran à exporter : choisissez-en une d'abord.
export-box-no-file = Tapez le nom du fichier à écrire.
export-box-is-folder = C'est un dossier : ajoutez le nom d'un fichier à écrire.
export-box-exists = Un fichier de ce nom existe déjà : choisissez un autre nom. Rien n'a été écrit.
export-box-no-folder = Il n'y a pas de dossier { $dir } : vérifiez le chemin.
export-box-cannot-write = Impossible d'écrire dans { $dir } : choisissez un autre dossier.
export-box-not-written = Rien n'a été écrit : voir le message à côté du fichier.
export-full-question = Le fichier ({ $what }) contiendra des noms, des notes et des numéros de téléphone. Gardez-le en sécurité : seulement sur cet ordinateur ou sur un support protégé, jamais par e-mail, et supprimez-le quand il a servi. L'export est inscrit dans le journal d'audit. L'écrire avec les noms ?
export-full-yes = L'écrire, avec les noms
export-full-no = Retour
work-export-title = Export en cours
work-export-what = Écriture du fichier : un instant, s'il vous plaît.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = Garder une fiche
consent-purpose-share = Partage pour les mises en relation
consent-purpose-contact = Contact par téléphone ou SMS
consent-short-record = fiche
consent-short-share = partage
consent-short-contact = contact
consent-share-question = La personne accepte que nous transmettions ses coordonnées à un service quand nous la mettons en relation avec lui
consent-contact-question = La personne accepte que nous la contactions par téléphone ou SMS
field-consent-more = Aussi
consent-title = Consentement : { $name }
consent-state-given = donné le { $date }
consent-state-withdrawn = retiré le { $date }
consent-state-never = pas demandé
consent-hint = Space donne ou retire le consentement sélectionné, selon ce que dit la personne maintenant. Esc ferme.
consent-history = Chaque changement, le plus récent d'abord :
consent-event-given = donné
consent-event-withdrawn = retiré
consent-no-contact = ne pas contacter
consent-anonymised = Cette fiche est anonymisée : il n'y a plus de consentement à noter.
consent-withdraw-record-question = { $name } ne veut plus que nous gardions une fiche à son sujet. Sa fiche va être anonymisée maintenant : le nom, le téléphone, les notes et l'année de naissance sont effacés, ainsi que les notes de ses visites, mises en relation et réservations. Ses visites restent dans les chiffres, sans nom. C'est définitif.
consent-withdraw-record-yes = Anonymiser la fiche
status-consent-given = Consentement noté.
status-consent-withdrawn = Retrait du consentement noté.
status-record-anonymised = La fiche est anonymisée.
anonymised-retention = durée de conservation dépassée
anonymised-consent = consentement retiré
person-anonymised-heading = Fiche anonymisée · { $reference } · { $date }, { $why }
audit-consent-given = a noté le consentement de { $person } : { $what }
audit-consent-withdrawn = a noté le retrait du consentement de { $person } : { $what }
audit-anonymised = a anonymisé { $person } ({ $what })
field-retention-years = Garder les fiches après le dernier contact (en années)
error-retention-years = Tapez un nombre d'années entre 1 et 30 (6 en général).
key-consent = Consentement

## Data life cycle: the retention review.
key-consent-change = Donner ou retirer
key-review-retention = Revoir la conservation
retention-save-first = Enregistrez d'abord les réglages (Ctrl+S), puis revoyez la conservation.
retention-none-due = Aucune fiche n'a dépassé la durée de conservation ({ $years } ans après le dernier contact).
retention-line = { $reference } · dernier contact le { $date }
retention-more = … et { $count } de plus
retention-question = { $count ->
    [one] { $count } fiche a dépassé la durée de conservation ({ $years } ans après le dernier contact). L'anonymiser maintenant ? Les noms, numéros de téléphone, notes et années de naissance sont effacés ; les chiffres des bilans restent tels quels. C'est définitif.
   *[other] { $count } fiches ont dépassé la durée de conservation ({ $years } ans après le dernier contact). Les anonymiser maintenant ? Les noms, numéros de téléphone, notes et années de naissance sont effacés ; les chiffres des bilans restent tels quels. C'est définitif.
}
retention-yes = Les anonymiser
retention-done = { $count ->
    [one] { $count } fiche anonymisée.
   *[other] { $count } fiches anonymisées.
}
retention-cli-due = { $count ->
    [one] { $count } fiche a dépassé la durée de conservation ({ $years } ans après le dernier contact : avant le { $cutoff }). Référence et dernier contact :
   *[other] { $count } fiches ont dépassé la durée de conservation ({ $years } ans après le dernier contact : avant le { $cutoff }). Référence et dernier contact :
}
sar-title = Toutes les données de { $centre } sur { $name } ({ $reference })
sar-generated = Établi le { $date }, à la demande de la personne.
sar-left-out = Non inclus : les données d'autres personnes (les autres membres du foyer sont comptés, pas nommés), et les alertes de protection, sur lesquelles le référent protection décide à part.
sar-details = Ses informations
sar-household = Foyer
sar-household-others = { $count ->
    [one] oui, avec { $count } autre personne
   *[other] oui, avec { $count } autres personnes
}
sar-consent = Consentement, chaque changement
sar-visits = Visites
sar-referrals = Orientations et mises en relation
sar-bookings = Réservations d'interprètes
sar-key-dates = Dates clés
sar-support = Aide donnée
sar-audit = Qui a consulté ou modifié sa fiche
sar-nothing = Rien.
sar-bad-reference = Ce n'est pas une référence (les lettres et les chiffres sur sa page).
sar-written = Écrit : { $file } (et { $json } pour les programmes).
sar-box-title = Tout ce que nous détenons sur la personne (droit d'accès)
sar-box-hint = Le document va dans ce fichier (en HTML s'il se termine par .html), avec le même contenu en JSON à côté. Remettez-le à la personne de façon sûre, puis supprimez-le.
key-subject-access = Droit d'accès

## Data life cycle: erasure on request.

key-erase = Effacer sur demande…
erase-reason-title = Effacer { $reference } : pourquoi ?
erasure-reason-asked = La personne a demandé l'effacement de ses données
erasure-reason-consent = La personne a retiré son consentement et demandé la suppression de sa fiche
erasure-reason-not-needed = La fiche n'est plus nécessaire
erasure-reason-error = La fiche a été créée par erreur, ou sans base légale
erasure-reason-other = Autre motif
erase-question = Effacer { $name } ({ $reference }) pour de bon ? Motif : { $reason }. C'est définitif.
erase-detail-goes = Disparaissent : ses informations, l'historique de son consentement et les notes de ses visites, mises en relation, réservations, dates clés et aides données. Plus personne ne pourra retrouver cette personne.
erase-detail-stays = Restent : ses visites et mises en relation, comptées de façon anonyme, pour que les bilans ne changent pas. Les alertes de protection sont gardées telles quelles.
erase-detail-backups = Les sauvegardes déjà faites contiennent encore la fiche, jusqu'à ce qu'elles soient remplacées.
erase-yes = Effacer pour de bon
status-person-erased = La fiche { $reference } a été effacée : plus rien ne peut être lu sur cette personne.
erase-refused-household = Retirez d'abord la personne de son foyer (h sur sa page), puis effacez.
erase-refused-rotating = La clé des données est en train d'être changée : terminez d'abord ce changement, puis effacez.
erase-refused-erased = Cette fiche a déjà été effacée.
erase-cli-bad-reason = Motif inconnu : utilisez asked, withdrew-consent, not-needed, in-error ou other.
erase-cli-needs-yes = L'effacement est définitif : ajoutez --yes pour effacer.
anonymised-erased = effacée sur demande
check-erased-left = Il reste quelque chose d'une personne effacée : { $about }
check-erased-key = La clé d'une personne effacée est toujours là : { $about }
check-erasure-unfinished = Un effacement n'a pas été terminé : rouvrez le programme pour le terminer.

## Data life cycle: merging duplicates.
key-merge = Fusionner avec une autre fiche
key-undo-merge = Annuler la fusion du jour
key-merge-now = Fusionner
key-merge-swap = Garder l'autre
merge-title = Fusionner avec une autre fiche
merge-find-hint = Quelle autre fiche est celle de { $name } ({ $reference }) ? Tapez sa référence ou un nom, puis choisissez-la avec Enter.
merge-find-label = Référence ou nom :
merge-none-found = Personne n'a été trouvé.
merge-visits = { $count ->
    [one] { $count } visite
   *[other] { $count } visites
}
merge-last-visit = dernière le { $date }
merge-confirm-title = Fusionner deux fiches d'une même personne
merge-keep = Garder :
merge-merged-in = Fusionner :
merge-explain = Tout ce qui est dans { $other } passe dans { $reference } : visites, orientations, réservations, dates clés, consentement et foyer. Ce qui manque à { $reference } est repris de { $other }, et { $other } ne fait plus que renvoyer à { $reference }. Annulable aujourd'hui.
merge-choices = Enter : fusionner · Space : garder plutôt { $other } · Esc : retour
merge-save-edit = Enregistrer les modifications telles quelles
merge-into = Fusionner avec { $person }
merge-into-hint = La fusion garde la fiche existante : ce qui a été tapé complète ce qui lui manque. Annulable aujourd'hui.
merge-done = { $visits ->
    [one] { $other } est fusionnée dans { $reference } ; { $visits } visite déplacée. Annulable aujourd'hui.
   *[other] { $other } est fusionnée dans { $reference } ; { $visits } visites déplacées. Annulable aujourd'hui.
}
merge-undone = La fusion est annulée : { $other } et { $reference } sont de nouveau deux fiches distinctes.
merge-undo-question = Annuler la fusion de { $other } dans { $reference } faite aujourd'hui ? Les deux fiches redeviennent comme avant ; ce qui a été ajouté à { $reference } depuis y reste.
merge-undo-yes = Annuler la fusion
merge-redirected = { $other } a été fusionnée dans cette fiche ({ $reference }).
merge-error-same = Une fiche ne peut pas être fusionnée avec elle-même.
merge-error-anonymised = { $reference } est anonymisée : elle ne peut pas être fusionnée.
merge-error-merged = { $reference } a déjà été fusionnée dans une autre fiche.
merge-error-households = Ces deux fiches sont dans deux foyers différents : retirez d'abord l'une d'elles de son foyer.
merge-undo-none = Il n'y a pas de fusion de ces fiches à annuler.
merge-undo-expired = Une fusion ne peut être annulée que le jour où elle a été faite.
merge-undo-kept-merged = Cette fiche a depuis été fusionnée dans { $reference } : annulez d'abord cette fusion-là, sur sa page.
merge-undo-household-changed = Leur foyer a été modifié après la fusion : elle ne peut plus être annulée.
person-merged-today = Fusion aujourd'hui
person-merged-today-value = { $references } (u : annuler)
audit-merged = a fusionné { $what } dans { $person }
audit-unmerged = a annulé la fusion de { $what } dans { $person }
check-merge-pointer = Une fiche fusionnée renvoie à une fiche qui n'existe pas : { $about }
