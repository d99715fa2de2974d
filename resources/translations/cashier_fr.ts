<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>No account open</source>
        <translation>Aucun compte ouvert</translation>
    </message>
    <message>
        <source>Type an account number, customer number, name, service address or phone in Find account and press Enter, or scan the bill stub.</source>
        <translation>Saisissez un numéro de compte, un numéro de client, un nom, une adresse de service ou un téléphone dans Trouver un compte et appuyez sur Entrée, ou lisez le talon de la facture.</translation>
    </message>
    <message>
        <source>Other accounts of this customer</source>
        <translation>Autres comptes de ce client</translation>
    </message>
    <message>
        <source>Enter opens the account · Ctrl+Enter or Insert adds it to the payment</source>
        <translation>Entrée ouvre le compte · Ctrl+Entrée ou Inser l&apos;ajoute au paiement</translation>
    </message>
    <message>
        <source>Check #{0}</source>
        <translation>Chèque n° {0}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Money order #{0}</source>
        <translation>Mandat n° {0}</translation>
    </message>
    <message>
        <source>Money order</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Bank draft</source>
        <translation>Prélèvement bancaire</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Espèces seulement</translation>
    </message>
    <message>
        <source>Final bill</source>
        <translation>Facture finale</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse de service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Utility Payments</source>
        <translation>Paiements des services publics</translation>
    </message>
    <message>
        <source>Return this form, signed, with your next bill payment, with a voided check for the bank account to draft: in the return envelope of your bill, or at City Hall, {0}, {1}. Questions: Customer Service, Payments Division, {2} option 2 then 2.</source>
        <translation>Retournez ce formulaire signé avec le paiement de votre prochaine facture, accompagné d&apos;un chèque annulé du compte bancaire à prélever : dans l&apos;enveloppe-réponse de votre facture, ou à l&apos;hôtel de ville, {0}, {1}. Questions : Service à la clientèle, Division des paiements, {2} option 2 puis 2.</translation>
    </message>
    <message>
        <source>Bank Draft Authorization Form</source>
        <translation>Formulaire d&apos;autorisation de prélèvement bancaire</translation>
    </message>
    <message>
        <source>Pay your utility bill automatically each month from your bank account, free.</source>
        <translation>Payez votre facture de services publics automatiquement chaque mois depuis votre compte bancaire, sans frais.</translation>
    </message>
    <message>
        <source>printed by the City; correct it if it is wrong</source>
        <translation>imprimé par la Ville ; corrigez-le s&apos;il est inexact</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Account(s) to draft</source>
        <translation>Compte(s) à prélever</translation>
    </message>
    <message>
        <source>and {0} more account(s): ask for a second form.</source>
        <translation>et {0} autre(s) compte(s) : demandez un second formulaire.</translation>
    </message>
    <message>
        <source>Your bank</source>
        <translation>Votre banque</translation>
    </message>
    <message>
        <source>filled in by the bank account holder</source>
        <translation>rempli par le titulaire du compte bancaire</translation>
    </message>
    <message>
        <source>Name(s) on the bank account</source>
        <translation>Nom(s) du titulaire du compte</translation>
    </message>
    <message>
        <source>Routing number (9 digits)</source>
        <translation>Numéro d&apos;acheminement (9 chiffres)</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Type de compte :</translation>
    </message>
    <message>
        <source>(the City drafts checking accounts)</source>
        <translation>(la Ville prélève les comptes chèques)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>I authorize the {0} to deduct the amount of my utility bill each month from the bank account above, on the draft date printed on the bill, and my bank to pay these drafts, until I cancel this authorization.</source>
        <translation>J&apos;autorise {0} à prélever chaque mois le montant de ma facture de services publics sur le compte bancaire ci-dessus, à la date de prélèvement imprimée sur la facture, et ma banque à payer ces prélèvements, jusqu&apos;à ce que j&apos;annule cette autorisation.</translation>
    </message>
    <message>
        <source>Signature of the bank account holder</source>
        <translation>Signature du titulaire du compte bancaire</translation>
    </message>
    <message>
        <source>For City use</source>
        <translation>Réservé à la Ville</translation>
    </message>
    <message>
        <source>Signed form [  ]   Voided check [  ]   Received by ____________   Date ________   Enrolled ________</source>
        <translation>Formulaire signé [  ]   Chèque annulé [  ]   Reçu par ____________   Date ________   Inscrit ________</translation>
    </message>
    <message>
        <source>Bank draft authorization form · customer {0}</source>
        <translation>Formulaire d&apos;autorisation de prélèvement bancaire · client {0}</translation>
    </message>
    <message>
        <source>Bank draft authorization form, customer {0}</source>
        <translation>Formulaire d&apos;autorisation de prélèvement bancaire, client {0}</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Last bill</source>
        <translation>Dernière facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Historique de facturation</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Usage chart</source>
        <translation>Graphique de consommation</translation>
    </message>
    <message>
        <source>Usage table</source>
        <translation>Tableau de consommation</translation>
    </message>
    <message>
        <source>Ctrl+Tab switches between bills, the usage chart and the usage table</source>
        <translation>Ctrl+Tab passe des factures au graphique puis au tableau de consommation</translation>
    </message>
    <message>
        <source>No bills on file for this account.</source>
        <translation>Aucune facture au dossier pour ce compte.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>A copy of this PC&apos;s database, made while the counter works (PostgreSQL: pg_dump on the server).</source>
        <translation>Une copie de la base de données de ce poste, faite pendant que le comptoir fonctionne (PostgreSQL : pg_dump sur le serveur).</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Choose where, then copy</source>
        <translation>Choisir l&apos;emplacement, puis copier</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Each station&apos;s window makes the day&apos;s copy in this folder once a day and keeps the newest ones. Empty: no daily backup.</source>
        <translation>La fenêtre de chaque poste fait la copie du jour dans ce dossier une fois par jour et garde les plus récentes. Vide : aucune sauvegarde quotidienne.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Daily backup folder</source>
        <translation>Dossier de sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Days of backups kept</source>
        <translation>Jours de sauvegardes conservés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the folder and the days kept</source>
        <translation>Enregistrer le dossier et les jours conservés</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s database with a backup. The backup is checked first (SQLite&apos;s integrity check, a cashier database); the database it replaces is kept beside it; the counter closes afterwards.</source>
        <translation>Remplacer la base de données de ce poste par une sauvegarde. La sauvegarde est d&apos;abord vérifiée (contrôle d&apos;intégrité SQLite, base de données de caisse) ; la base remplacée est conservée à côté ; le comptoir se ferme ensuite.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Choose the backup file; you are asked before anything is replaced</source>
        <translation>Choisissez le fichier de sauvegarde ; une confirmation est demandée avant tout remplacement</translation>
    </message>
    <message>
        <source>This station uses the PostgreSQL server: back it up and restore it there (pg_dump, pg_restore). The daily folder is for a station with its own database.</source>
        <translation>Ce poste utilise le serveur PostgreSQL : sauvegardez-le et restaurez-le sur le serveur (pg_dump, pg_restore). Le dossier quotidien sert aux postes qui ont leur propre base de données.</translation>
    </message>
    <message>
        <source>The billing system&apos;s extract: customers, accounts, bills and usage files (CSV), in any order. Rows are matched by their keys, so importing a file again is safe.</source>
        <translation>L&apos;extraction du système de facturation : fichiers des clients, comptes, factures et consommations (CSV), dans n&apos;importe quel ordre. Les lignes sont reconnues par leurs clés : importer un fichier une seconde fois est sans danger.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Choose the extract&apos;s CSV files</source>
        <translation>Choisir les fichiers CSV de l&apos;extraction</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected file off the list</source>
        <translation>Retirer le fichier sélectionné de la liste</translation>
    </message>
    <message>
        <source>Rejected rows saved in (empty: next to the first file)</source>
        <translation>Lignes rejetées enregistrées dans (vide : à côté du premier fichier)</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Fichier des rejets</translation>
    </message>
    <message>
        <source>import-rejects-DATE-TIME.csv next to the first file</source>
        <translation>import-rejects-DATE-HEURE.csv à côté du premier fichier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the files listed</source>
        <translation>Importer les fichiers de la liste</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stop after the chunk being written; what was saved stays</source>
        <translation>Arrêter après le bloc en cours d&apos;écriture ; ce qui est enregistré reste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation>Ligne telle que lue</translation>
    </message>
    <message>
        <source>Settings of every station (the database&apos;s); saved together, checked as &apos;cashier-app setting set&apos; checks them.</source>
        <translation>Paramètres de tous les postes (ceux de la base de données) ; enregistrés ensemble, vérifiés comme le fait « cashier-app setting set ».</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>Réafficher les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Check and save every changed setting (audited)</source>
        <translation>Vérifier et enregistrer chaque paramètre modifié (journalisé)</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Bank draft {0}</source>
        <translation>Prélèvement bancaire {0}</translation>
    </message>
    <message>
        <source>Pending prenote</source>
        <translation>Prénotification en cours</translation>
    </message>
    <message>
        <source>BANK DRAFT CONFIRMATION</source>
        <translation>CONFIRMATION DE PRÉLÈVEMENT BANCAIRE</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Drafted from</source>
        <translation>Prélevé sur</translation>
    </message>
    <message>
        <source>Account {0}</source>
        <translation>Compte {0}</translation>
    </message>
    <message>
        <source>First draft: {0}</source>
        <translation>Premier prélèvement : {0}</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>How to cancel</source>
        <translation>Comment annuler</translation>
    </message>
    <message>
        <source>Checking account ending {0}</source>
        <translation>Compte chèques se terminant par {0}</translation>
    </message>
    <message>
        <source>Savings account ending {0}</source>
        <translation>Compte d&apos;épargne se terminant par {0}</translation>
    </message>
    <message>
        <source>your next bill, on the draft date printed on it</source>
        <translation>votre prochaine facture, à sa date de prélèvement</translation>
    </message>
    <message>
        <source>bill of {0}, {1}, on {2}</source>
        <translation>facture du {0}, {1}, le {2}</translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation>Numéros de reçu</translation>
    </message>
    <message>
        <source>Station config</source>
        <translation>Configuration du poste</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>The printer profile (printers/ folder): connection, paper, cut and drawer. Try it with a test page and the drawer before saving.</source>
        <translation>Le profil d&apos;imprimante (dossier printers/) : connexion, papier, coupe et tiroir. Essayez-le avec une page de test et le tiroir avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation>Profil d&apos;imprimante</translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation>Enregistrer l&apos;imprimante</translation>
    </message>
    <message>
        <source>This station prints on the profile picked (from the next sign-in)</source>
        <translation>Ce poste imprime avec le profil choisi (dès la prochaine connexion)</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Imprimer une page de test</translation>
    </message>
    <message>
        <source>Print a sample receipt marked TEST on the profile picked</source>
        <translation>Imprimer un reçu d&apos;exemple marqué TEST avec le profil choisi</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Ouvrir le tiroir</translation>
    </message>
    <message>
        <source>Open the cash drawer through the profile picked (audited)</source>
        <translation>Ouvrir le tiroir-caisse par le profil choisi (journalisé)</translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation>Dossier des reçus</translation>
    </message>
    <message>
        <source>Where the file and PDF printers write. Empty: the receipts folder of this station&apos;s data folder.</source>
        <translation>Où écrivent les imprimantes fichier et PDF. Vide : le dossier receipts du dossier de données de ce poste.</translation>
    </message>
    <message>
        <source>Save folder</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Save the receipts folder</source>
        <translation>Enregistrer le dossier des reçus</translation>
    </message>
    <message>
        <source>Text size and language</source>
        <translation>Taille du texte et langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>The language of this station&apos;s window and of its day report, from the app&apos;s next start.</source>
        <translation>La langue de la fenêtre de ce poste et de son rapport de journée, au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The language of what customers take away: receipts, slips and letters.</source>
        <translation>La langue de ce que les clients emportent : reçus, confirmations et lettres.</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>Langue des reçus</translation>
    </message>
    <message>
        <source>As the window</source>
        <translation>Comme la fenêtre</translation>
    </message>
    <message>
        <source>Save receipt language</source>
        <translation>Enregistrer la langue des reçus</translation>
    </message>
    <message>
        <source>Save the language of this station&apos;s receipts and letters</source>
        <translation>Enregistrer la langue des reçus et lettres de ce poste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This PC&apos;s language</source>
        <translation>La langue de ce PC</translation>
    </message>
    <message>
        <source>Save language</source>
        <translation>Enregistrer la langue</translation>
    </message>
    <message>
        <source>Save this station&apos;s language</source>
        <translation>Enregistrer la langue de ce poste</translation>
    </message>
    <message>
        <source>The size of the type on every screen of this station, for a cashier who needs it larger. It applies when the app is started again.</source>
        <translation>La taille des caractères sur tous les écrans de ce poste, pour un caissier qui a besoin de plus grand. Elle s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Save text size</source>
        <translation>Enregistrer la taille du texte</translation>
    </message>
    <message>
        <source>Save this station&apos;s text size</source>
        <translation>Enregistrer la taille du texte de ce poste</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>Enregistrer les rôles</translation>
    </message>
    <message>
        <source>Replace the selected user&apos;s roles</source>
        <translation>Remplacer les rôles de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>New password (also unlocks)</source>
        <translation>Nouveau mot de passe (déverrouille aussi)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Set the selected user&apos;s password and unlock them</source>
        <translation>Définir le mot de passe de l&apos;utilisateur sélectionné et le déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Let a user locked by failed sign-ins sign in again</source>
        <translation>Permettre à un utilisateur bloqué par des connexions échouées de se reconnecter</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>The user can no longer sign in; their history stays</source>
        <translation>L&apos;utilisateur ne peut plus se connecter ; son historique reste</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password (at least {0} characters)</source>
        <translation>Mot de passe (au moins {0} caractères)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Create the user with these roles</source>
        <translation>Créer l&apos;utilisateur avec ces rôles</translation>
    </message>
    <message>
        <source>Fees: at the counter {0} (cash, check or money order); online {1} by card, {2} by e-check. Bank draft is free.</source>
        <translation>Frais : au comptoir {0} (espèces, chèque ou mandat) ; en ligne {1} par carte, {2} par chèque électronique. Le prélèvement bancaire est gratuit.</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de données restaurée</translation>
    </message>
    <message>
        <source>Enroll in bank draft   {0}</source>
        <translation>Adhérer au prélèvement bancaire   {0}</translation>
    </message>
    <message>
        <source>Enroll from the signed form and the voided check ({0})</source>
        <translation>Adhésion d&apos;après le formulaire signé et le chèque annulé ({0})</translation>
    </message>
    <message>
        <source>Change bank…</source>
        <translation>Changer de banque…</translation>
    </message>
    <message>
        <source>A new signed form for another bank account: the old one ends, kept ({0})</source>
        <translation>Un nouveau formulaire signé pour un autre compte bancaire : l&apos;ancien prend fin et est conservé ({0})</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Print the confirmation: the slip on the receipt printer and the letter (PDF)</source>
        <translation>Imprimer la confirmation : le bordereau sur l&apos;imprimante de reçus et la lettre (PDF)</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>Imprimer le formulaire</translation>
    </message>
    <message>
        <source>The City&apos;s authorization form, prefilled for this customer (PDF)</source>
        <translation>Le formulaire d&apos;autorisation de la Ville, prérempli pour ce client (PDF)</translation>
    </message>
    <message>
        <source>Scans…</source>
        <translation>Numérisations…</translation>
    </message>
    <message>
        <source>The signed form and voided check as scanned (supervisors)</source>
        <translation>Le formulaire signé et le chèque annulé tels que numérisés (superviseurs)</translation>
    </message>
    <message>
        <source>Cancel draft…</source>
        <translation>Annuler le prélèvement…</translation>
    </message>
    <message>
        <source>The customer stops the bank draft (reason asked)</source>
        <translation>Le client arrête le prélèvement bancaire (motif demandé)</translation>
    </message>
    <message>
        <source>Bank draft authorization</source>
        <translation>Autorisation de prélèvement bancaire</translation>
    </message>
    <message>
        <source>Accounts to draft</source>
        <translation>Comptes à prélever</translation>
    </message>
    <message>
        <source>Space ticks or unticks the account</source>
        <translation>Espace coche ou décoche le compte</translation>
    </message>
    <message>
        <source>Read the voided check with the check reader, or type below</source>
        <translation>Lisez le chèque annulé avec le lecteur de chèques, ou saisissez ci-dessous</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>4 to 17 digits</source>
        <translation>4 à 17 chiffres</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <source>Check reader (MICR)</source>
        <translation>Lecteur de chèques (MICR)</translation>
    </message>
    <message>
        <source>Name on the bank account</source>
        <translation>Nom sur le compte bancaire</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nom de la banque</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Numéro d&apos;acheminement</translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation>Numéro de compte bancaire</translation>
    </message>
    <message>
        <source>Account number again</source>
        <translation>Numéro de compte, à nouveau</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Signed form in hand</source>
        <translation>Formulaire signé en main</translation>
    </message>
    <message>
        <source>Voided check in hand</source>
        <translation>Chèque annulé en main</translation>
    </message>
    <message>
        <source>e.g. Bank draft binder 2026, tab O</source>
        <translation>p. ex. classeur Prélèvements 2026, onglet O</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Numérisation du formulaire signé</translation>
    </message>
    <message>
        <source>Scan of the voided check</source>
        <translation>Numérisation du chèque annulé</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Form filed at</source>
        <translation>Formulaire classé à</translation>
    </message>
    <message>
        <source>Drafted on the draft date printed on each bill, free; the bill still comes every month. Enter saves; the confirmation slip prints and the letter opens.</source>
        <translation>Prélevé à la date de prélèvement imprimée sur chaque facture, sans frais ; la facture arrive toujours chaque mois. Entrée enregistre ; le bordereau de confirmation s&apos;imprime et la lettre s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Save   Enter</source>
        <translation>Enregistrer   Entrée</translation>
    </message>
    <message>
        <source>Enroll the ticked accounts (Enter)</source>
        <translation>Inscrire les comptes cochés (Entrée)</translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation>Fermer   Échap</translation>
    </message>
    <message>
        <source>Close without enrolling (Esc)</source>
        <translation>Fermer sans inscrire (Échap)</translation>
    </message>
    <message>
        <source>Returns and corrections from the bank</source>
        <translation>Retours et corrections de la banque</translation>
    </message>
    <message>
        <source>Each return is applied once, matched by the draft&apos;s trace number: reading the same file again changes nothing. A file with an error is refused whole.</source>
        <translation>Chaque retour est appliqué une seule fois, reconnu par le numéro de trace du prélèvement : relire le même fichier ne change rien. Un fichier avec une erreur est refusé en entier.</translation>
    </message>
    <message>
        <source>The bank&apos;s return file (.ach, .txt)</source>
        <translation>Le fichier de retours de la banque (.ach, .txt)</translation>
    </message>
    <message>
        <source>Return file</source>
        <translation>Fichier de retours</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Pick the return file the bank sent</source>
        <translation>Choisir le fichier de retours envoyé par la banque</translation>
    </message>
    <message>
        <source>Apply return file</source>
        <translation>Appliquer le fichier de retours</translation>
    </message>
    <message>
        <source>Reverse the returned drafts, charge the fees, end or correct the enrollments, and write the notice letters</source>
        <translation>Contrepasser les prélèvements retournés, facturer les frais, terminer ou corriger les adhésions et écrire les lettres d&apos;avis</translation>
    </message>
    <message>
        <source>A return phoned in by the bank</source>
        <translation>Un retour communiqué par téléphone par la banque</translation>
    </message>
    <message>
        <source>Trace number (15 digits, from the run&apos;s report)</source>
        <translation>Numéro de trace (15 chiffres, dans le rapport du lot)</translation>
    </message>
    <message>
        <source>R01</source>
        <translation>R01</translation>
    </message>
    <message>
        <source>Who called, when (optional)</source>
        <translation>Qui a appelé, quand (facultatif)</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>Enregistrer le retour</translation>
    </message>
    <message>
        <source>Apply this one return like a line of a return file</source>
        <translation>Appliquer ce retour comme une ligne d&apos;un fichier de retours</translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation>Numéro de trace</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code de motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Make the run of a draft date</source>
        <translation>Faire le lot d&apos;une date de prélèvement</translation>
    </message>
    <message>
        <source>Draft date on the bills</source>
        <translation>Date de prélèvement sur les factures</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Make run…</source>
        <translation>Faire le lot…</translation>
    </message>
    <message>
        <source>Draft every enrolled account&apos;s bill of this draft date for what is still due, send prenotes, and save the bank&apos;s file</source>
        <translation>Prélever la facture de cette date de chaque compte inscrit pour ce qui reste dû, envoyer les prénotifications et enregistrer le fichier pour la banque</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>Rapport du lot</translation>
    </message>
    <message>
        <source>Choose a run in the list below, or make one.</source>
        <translation>Choisissez un lot dans la liste ci-dessous, ou faites-en un.</translation>
    </message>
    <message>
        <source>Warnings and bills not drafted</source>
        <translation>Avertissements et factures non prélevées</translation>
    </message>
    <message>
        <source>Warnings and bills not drafted appear here.</source>
        <translation>Les avertissements et les factures non prélevées s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the runs again</source>
        <translation>Relire les lots</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>The file of the selected run went to the bank: final, it can no longer be voided</source>
        <translation>Le fichier du lot sélectionné est parti à la banque : définitif, il ne peut plus être annulé</translation>
    </message>
    <message>
        <source>Void run…</source>
        <translation>Annuler le lot…</translation>
    </message>
    <message>
        <source>Void the selected run (not sent): its payments are taken back, its bills can be drafted again</source>
        <translation>Annuler le lot sélectionné (non envoyé) : ses paiements sont repris, ses factures peuvent être prélevées de nouveau</translation>
    </message>
    <message>
        <source>Drawer count — {0}, {1}</source>
        <translation>Comptage du tiroir — {0}, {1}</translation>
    </message>
    <message>
        <source>Over/short, all tenders: {0}</source>
        <translation>Écart, tous règlements : {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Count and close your drawer</source>
        <translation>Compter et fermer votre tiroir</translation>
    </message>
    <message>
        <source>A blind count: type what is in the drawer — cash by unit, then how many checks and money orders and their totals, and tick each one you find in the list. The expected figures appear only once the count is submitted, and the count cannot be changed after.</source>
        <translation>Un comptage à l&apos;aveugle : saisissez ce qui est dans le tiroir — les espèces par unité, puis le nombre de chèques et de mandats et leurs totaux, et cochez chacun de ceux que vous trouvez dans la liste. Les montants attendus n&apos;apparaissent qu&apos;une fois le comptage soumis, et le comptage ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTE</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>COMPTÉE</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Payments by hour</source>
        <translation>Paiements par heure</translation>
    </message>
    <message>
        <source>payments per hour of posting (local time)</source>
        <translation>paiements par heure d&apos;enregistrement (heure locale)</translation>
    </message>
    <message>
        <source>Tender mix (amount)</source>
        <translation>Répartition des règlements (montant)</translation>
    </message>
    <message>
        <source>the station&apos;s first</source>
        <translation>le premier du poste</translation>
    </message>
    <message>
        <source>BREAK: {0} missing</source>
        <translation>RUPTURE : {0} manquant</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>chèques</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>épargne</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Rapport de la journée</translation>
    </message>
    <message>
        <source>PRELIMINARY day report</source>
        <translation>Rapport PROVISOIRE de la journée</translation>
    </message>
    <message>
        <source>PRELIMINARY (day not closed): the figures can still change until a supervisor closes the day.</source>
        <translation>PROVISOIRE (journée non clôturée) : les chiffres peuvent encore changer jusqu&apos;à ce qu&apos;un superviseur clôture la journée.</translation>
    </message>
    <message>
        <source>City of Shelby day report for {0}, printed {1}</source>
        <translation>Ville de Shelby, rapport de la journée du {0}, imprimé le {1}</translation>
    </message>
    <message>
        <source>City of Shelby preliminary day report for {0}, printed {1}</source>
        <translation>Ville de Shelby, rapport provisoire de la journée du {0}, imprimé le {1}</translation>
    </message>
    <message>
        <source>Day closed by {0} on {1}.</source>
        <translation>Journée clôturée par {0} le {1}.</translation>
    </message>
    <message>
        <source>Day not closed.</source>
        <translation>Journée non clôturée.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Total collected</source>
        <translation>Total encaissé</translation>
    </message>
    <message>
        <source>  of which mailed checks ({0})</source>
        <translation>  dont chèques postaux ({0})</translation>
    </message>
    <message>
        <source>Voided payments ({0})</source>
        <translation>Paiements annulés ({0})</translation>
    </message>
    <message>
        <source>Over/short (all drawers)</source>
        <translation>Écart (tous les tiroirs)</translation>
    </message>
    <message>
        <source>Cash pick-ups ({0})</source>
        <translation>Remises au coffre ({0})</translation>
    </message>
    <message>
        <source>Returned checks and fees ({0})</source>
        <translation>Chèques retournés et frais ({0})</translation>
    </message>
    <message>
        <source>Draft enrollments taken</source>
        <translation>Inscriptions au prélèvement reçues</translation>
    </message>
    <message>
        <source>Bank drafts recorded ({0}; not in the totals above)</source>
        <translation>Prélèvements bancaires ({0} ; hors totaux)</translation>
    </message>
    <message>
        <source>Totals by tender</source>
        <translation>Totaux par règlement</translation>
    </message>
    <message>
        <source>cash is net of change given</source>
        <translation>espèces nettes de la monnaie rendue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Voids</source>
        <comment>narrow column</comment>
        <translation>Annul.</translation>
    </message>
    <message>
        <source>Float</source>
        <comment>narrow column</comment>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <comment>narrow column</comment>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>Par poste</translation>
    </message>
    <message>
        <source>No payments.</source>
        <translation>Aucun paiement.</translation>
    </message>
    <message>
        <source>voided receipts keep their number</source>
        <translation>les reçus annulés gardent leur numéro</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Suit</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>no gap</source>
        <translation>sans trou</translation>
    </message>
    <message>
        <source>GAPS: {0} missing</source>
        <translation>TROUS : {0} manquant(s)</translation>
    </message>
    <message>
        <source>No receipts.</source>
        <translation>Aucun reçu.</translation>
    </message>
    <message>
        <source>Every station&apos;s receipt numbers run without a gap from the first to the last, and each station&apos;s first follows on from its last of an earlier day.</source>
        <translation>Les numéros de reçu de chaque poste se suivent sans trou du premier au dernier, et le premier de chaque poste suit son dernier d&apos;une journée antérieure.</translation>
    </message>
    <message>
        <source>{0}: missing {1}</source>
        <translation>{0} : manquants {1}</translation>
    </message>
    <message>
        <source> and {0} more range(s)</source>
        <translation> et {0} autre(s) plage(s)</translation>
    </message>
    <message>
        <source>{0}: no payment has receipt {1}, the number before this day&apos;s first.</source>
        <translation>{0} : aucun paiement ne porte le reçu {1}, le numéro précédant le premier de la journée.</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>Drawer sessions: over/short</source>
        <translation>Sessions de tiroir : écarts</translation>
    </message>
    <message>
        <source>counted minus expected; + over, - short</source>
        <translation>compté moins attendu ; + excédent, - manque</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>M.O.</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>No drawer sessions.</source>
        <translation>Aucune session de tiroir.</translation>
    </message>
    <message>
        <source>{0} / {1}: {2} (approved by {3})</source>
        <translation>{0} / {1} : {2} (approuvé par {3})</translation>
    </message>
    <message>
        <source>Some drawer sessions are not closed yet.</source>
        <translation>Certaines sessions de tiroir ne sont pas encore fermées.</translation>
    </message>
    <message>
        <source>Cash pick-ups</source>
        <translation>Remises au coffre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>No pick-ups.</source>
        <translation>Aucune remise au coffre.</translation>
    </message>
    <message>
        <source>{0} voided, {1}</source>
        <translation>{0} annulé(s), {1}</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>Annulé par</translation>
    </message>
    <message>
        <source>No voids.</source>
        <translation>Aucune annulation.</translation>
    </message>
    <message>
        <source>Returned checks and fees recorded this day</source>
        <translation>Chèques retournés et frais enregistrés ce jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>No returned checks.</source>
        <translation>Aucun chèque retourné.</translation>
    </message>
    <message>
        <source>Bank drafts</source>
        <translation>Prélèvements bancaires</translation>
    </message>
    <message>
        <source>draft runs made this day; no drawer, no deposit: the bank collects them</source>
        <translation>lots de prélèvement faits ce jour ; ni tiroir ni dépôt : la banque les encaisse</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Draft date</source>
        <translation>Date de prélèvement</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effectif le</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>Prenotes</source>
        <translation>Prénotifications</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>No draft runs.</source>
        <translation>Aucun lot de prélèvement.</translation>
    </message>
    <message>
        <source>Bank-draft payments of this business date: {0}, {1}</source>
        <translation>Paiements par prélèvement bancaire de cette date d&apos;exploitation : {0}, {1}</translation>
    </message>
    <message>
        <source>; voided with their run: {0}, {1}</source>
        <translation> ; annulés avec leur lot : {0}, {1}</translation>
    </message>
    <message>
        <source>Bank draft enrollments taken</source>
        <translation>Inscriptions au prélèvement bancaire reçues</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>ending {0}</source>
        <translation>se terminant par {0}</translation>
    </message>
    <message>
        <source> · new bank</source>
        <translation> · nouvelle banque</translation>
    </message>
    <message>
        <source>No enrollments.</source>
        <translation>Aucune inscription.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Head of the audit hash chain recorded at the day close:</source>
        <translation>Tête de la chaîne de hachage d&apos;audit enregistrée à la clôture :</translation>
    </message>
    <message>
        <source>Head of the audit hash chain now (day not closed):</source>
        <translation>Tête actuelle de la chaîne de hachage d&apos;audit (journée non clôturée) :</translation>
    </message>
    <message>
        <source>Check it with: cashier-app audit verify</source>
        <translation>Vérifiez-la avec : cashier-app audit verify</translation>
    </message>
    <message>
        <source>printer test</source>
        <translation>test imprimante</translation>
    </message>
    <message>
        <source>Test Customer</source>
        <translation>Client test</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Profile: {0} ({1})</source>
        <translation>Profil : {0} ({1})</translation>
    </message>
    <message>
        <source>{0}, {1} mm, {2} columns</source>
        <translation>{0}, {1} mm, {2} colonnes</translation>
    </message>
    <message>
        <source>model {0}, cut {1}, drawer pin {2}</source>
        <translation>modèle {0}, coupe {1}, broche tiroir {2}</translation>
    </message>
    <message>
        <source>{0} short</source>
        <translation>manque de {0}</translation>
    </message>
    <message>
        <source>{0} over</source>
        <translation>excédent de {0}</translation>
    </message>
    <message>
        <source>{0} {1} short</source>
        <translation>{0} : manque de {1}</translation>
    </message>
    <message>
        <source>{0} {1} over</source>
        <translation>{0} : excédent de {1}</translation>
    </message>
    <message>
        <source>Exact, nothing over or short</source>
        <translation>Exact, ni excédent ni manque</translation>
    </message>
    <message>
        <source>within the {0} threshold</source>
        <translation>dans la limite de {0}</translation>
    </message>
    <message>
        <source>each within the {0} threshold</source>
        <translation>chacun dans la limite de {0}</translation>
    </message>
    <message>
        <source>above the {0} threshold</source>
        <translation>au-delà de la limite de {0}</translation>
    </message>
    <message>
        <source>each above the {0} threshold</source>
        <translation>chacun au-delà de la limite de {0}</translation>
    </message>
    <message>
        <source>{0} above the {1} threshold</source>
        <translation>{0} au-delà de la limite de {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}: {1} counted, {2} expected</source>
        <translation>{0} : {1} compté, {2} attendu</translation>
    </message>
    <message>
        <source>1 check or money order not ticked in the list</source>
        <translation>1 chèque ou mandat non coché dans la liste</translation>
    </message>
    <message>
        <source>{0} checks or money orders not ticked in the list</source>
        <translation>{0} chèques ou mandats non cochés dans la liste</translation>
    </message>
    <message>
        <source>recorded, waiting for a supervisor&apos;s approval with a note; until then the drawer takes no payment</source>
        <translation>enregistré, en attente de l&apos;approbation d&apos;un superviseur avec une note ; d&apos;ici là, le tiroir ne prend aucun paiement</translation>
    </message>
    <message>
        <source>recorded, drawer closed with {0}&apos;s approval (“{1}”)</source>
        <translation>enregistré, tiroir fermé avec l&apos;approbation de {0} (« {1} »)</translation>
    </message>
    <message>
        <source>recorded, drawer closed</source>
        <translation>enregistré, tiroir fermé</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0} : {1}.</translation>
    </message>
    <message>
        <source>Float counted at opening: {0}.</source>
        <translation>Fonds de caisse compté à l&apos;ouverture : {0}.</translation>
    </message>
    <message>
        <source>Number of {0}</source>
        <translation>Nombre de {0}</translation>
    </message>
    <message>
        <source>Total of {0}</source>
        <translation>Total de {0}</translation>
    </message>
    <message>
        <source>Checks and money orders taken at this drawer: tick each one you have in hand</source>
        <translation>Chèques et mandats pris à ce tiroir : cochez chacun de ceux que vous avez en main</translation>
    </message>
    <message>
        <source>Cancel   Esc</source>
        <translation>Annuler   Échap</translation>
    </message>
    <message>
        <source>Submit count</source>
        <translation>Soumettre le comptage</translation>
    </message>
    <message>
        <source>Record the count; then the expected figures and the over/short are shown</source>
        <translation>Enregistrer le comptage ; les montants attendus et l&apos;écart s&apos;affichent ensuite</translation>
    </message>
    <message>
        <source>Expected and counted, per tender</source>
        <translation>Attendu et compté, par règlement</translation>
    </message>
    <message>
        <source>Note on the difference (required)</source>
        <translation>Note sur l&apos;écart (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. counted twice; $5 short in ones, cause unknown</source>
        <translation>p. ex. compté deux fois ; manque de 5 $ en billets de 1 $, cause inconnue</translation>
    </message>
    <message>
        <source>Approve difference and close</source>
        <translation>Approuver l&apos;écart et fermer</translation>
    </message>
    <message>
        <source>Open your drawer</source>
        <translation>Ouvrir votre tiroir</translation>
    </message>
    <message>
        <source>Count the opening float in the drawer and type how many of each bill, coin and roll there are. Payments can be taken once the drawer is open.</source>
        <translation>Comptez le fonds de caisse dans le tiroir et saisissez le nombre de chaque billet, pièce et rouleau. Les paiements peuvent être pris une fois le tiroir ouvert.</translation>
    </message>
    <message>
        <source>Not now   Esc</source>
        <translation>Pas maintenant   Échap</translation>
    </message>
    <message>
        <source>Close without opening; no payment can be posted until the drawer is open</source>
        <translation>Fermer sans ouvrir ; aucun paiement ne peut être enregistré tant que le tiroir n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Mailed checks</source>
        <translation>Chèques postaux</translation>
    </message>
    <message>
        <source>Checks that came by mail: no cash drawer, no receipt handed out. Add up the checks on the adding machine first; the batch balances against that tape.</source>
        <translation>Chèques reçus par la poste : pas de tiroir-caisse, pas de reçu remis. Additionnez d&apos;abord les chèques sur la calculatrice ; le lot est équilibré d&apos;après cette bande.</translation>
    </message>
    <message>
        <source>Close batch   Ctrl+Shift+Enter</source>
        <translation>Fermer le lot   Ctrl+Maj+Entrée</translation>
    </message>
    <message>
        <source>No more checks in this batch: compare with the control total (Ctrl+Shift+Enter)</source>
        <translation>Plus de chèques dans ce lot : comparer avec le total de contrôle (Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>Leave   Esc</source>
        <translation>Quitter   Échap</translation>
    </message>
    <message>
        <source>Back to the counter; an open batch stays open</source>
        <translation>Retour au comptoir ; un lot ouvert reste ouvert</translation>
    </message>
    <message>
        <source>Control total (adding-machine tape)</source>
        <translation>Total de contrôle (bande de la calculatrice)</translation>
    </message>
    <message>
        <source>The total of the checks on the tape; Enter opens the batch</source>
        <translation>Le total des chèques sur la bande ; Entrée ouvre le lot</translation>
    </message>
    <message>
        <source>Open batch   Enter</source>
        <translation>Ouvrir le lot   Entrée</translation>
    </message>
    <message>
        <source>Stub scan or account number</source>
        <translation>Talon lu ou numéro de compte</translation>
    </message>
    <message>
        <source>Scan the bill stub, or type the account number and Enter</source>
        <translation>Lisez le talon de la facture, ou saisissez le numéro de compte puis Entrée</translation>
    </message>
    <message>
        <source>Check number (required); Enter goes to the amount</source>
        <translation>Numéro du chèque (obligatoire) ; Entrée passe au montant</translation>
    </message>
    <message>
        <source>Amount of the check; Enter posts it</source>
        <translation>Montant du chèque ; Entrée l&apos;enregistre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Check number</source>
        <translation>Numéro du chèque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Post check   Enter</source>
        <translation>Enregistrer le chèque   Entrée</translation>
    </message>
    <message>
        <source>Post this check to the account (Enter in the amount)</source>
        <translation>Enregistrer ce chèque au compte (Entrée dans le montant)</translation>
    </message>
    <message>
        <source>Control total</source>
        <translation>Total de contrôle</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>Ouverture sans vente</translation>
    </message>
    <message>
        <source>Opens the cash drawer without a payment. The opening is recorded with the reason and the supervisor who approved it.</source>
        <translation>Ouvre le tiroir-caisse sans paiement. L&apos;ouverture est enregistrée avec le motif et le superviseur qui l&apos;a approuvée.</translation>
    </message>
    <message>
        <source>Opens the cash drawer without a payment. The opening is recorded with the reason.</source>
        <translation>Ouvre le tiroir-caisse sans paiement. L&apos;ouverture est enregistrée avec le motif.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. change for the next drawer, a coin stuck</source>
        <translation>p. ex. monnaie pour le tiroir suivant, une pièce coincée</translation>
    </message>
    <message>
        <source>Supervisor user name</source>
        <translation>Nom d&apos;utilisateur du superviseur</translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation>Mot de passe du superviseur</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Accounts paid. Type an amount to change what is applied (F3) · Del removes an account</source>
        <translation>Comptes payés. Saisissez un montant pour changer ce qui est appliqué (F3) · Suppr retire un compte</translation>
    </message>
    <message>
        <source>Accounts paid</source>
        <translation>Comptes payés</translation>
    </message>
    <message>
        <source>Tenders added. Enter takes one back to change it · Del removes it</source>
        <translation>Règlements ajoutés. Entrée en reprend un pour le modifier · Suppr le retire</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Convenience fee: {0}</source>
        <translation>Frais de service : {0}</translation>
    </message>
    <message>
        <source>Payments at the counter by cash, check or money order carry no fee.</source>
        <translation>Les paiements au comptoir en espèces, par chèque ou par mandat sont sans frais.</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Previous balance</source>
        <translation>Solde précédent</translation>
    </message>
    <message>
        <source>Amount applied</source>
        <translation>Montant imputé</translation>
    </message>
    <message>
        <source>New balance</source>
        <translation>Nouveau solde</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Convenience fee</source>
        <translation>Frais de service</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <source>Post payment   F12</source>
        <translation>Enregistrer le paiement   F12</translation>
    </message>
    <message>
        <source>Post the payment and print its receipt (F12, or Enter here)</source>
        <translation>Enregistrer le paiement et imprimer son reçu (F12, ou Entrée ici)</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Dernier reçu</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Send the receipts waiting for the printer again, once it is ready</source>
        <translation>Renvoyer les reçus en attente à l&apos;imprimante, une fois qu&apos;elle est prête</translation>
    </message>
    <message>
        <source>Account {0}: this account&apos;s bill is already in a bank draft run: {1} will be drafted on {2}. A payment today is extra, kept as a credit on the account.</source>
        <translation>Compte {0} : la facture de ce compte est déjà dans un lot de prélèvements bancaires : {1} sera prélevé le {2}. Un paiement aujourd&apos;hui s&apos;ajoute et reste en crédit au compte.</translation>
    </message>
    <message>
        <source>Database unavailable — the payment is kept on screen. It posts when the database answers again, or press F12 to try now.</source>
        <translation>Base de données indisponible — le paiement reste à l&apos;écran. Il sera enregistré quand la base de données répondra de nouveau, ou appuyez sur F12 pour réessayer maintenant.</translation>
    </message>
    <message>
        <source>Not posted yet: waiting for the database. F12 tries again.</source>
        <translation>Pas encore enregistré : en attente de la base de données. F12 réessaie.</translation>
    </message>
    <message>
        <source>Leave a credit?</source>
        <translation>Laisser un crédit ?</translation>
    </message>
    <message>
        <source>{0}?

Yes posts the payment and leaves the credit on the account.</source>
        <translation>{0} ?

Oui enregistre le paiement et laisse le crédit au compte.</translation>
    </message>
    <message>
        <source>Bill in a bank draft run</source>
        <translation>Facture dans un lot de prélèvements bancaires</translation>
    </message>
    <message>
        <source>{0}

Post this payment anyway?</source>
        <translation>{0}

Enregistrer ce paiement quand même ?</translation>
    </message>
    <message>
        <source>Open an account to take a payment (F2 finds one).</source>
        <translation>Ouvrez un compte pour prendre un paiement (F2 en trouve un).</translation>
    </message>
    <message>
        <source>Account {0} · {1}</source>
        <translation>Compte {0} · {1}</translation>
    </message>
    <message>
        <source>{0} accounts in this payment</source>
        <translation>{0} comptes dans ce paiement</translation>
    </message>
    <message>
        <source>give back — receipt {0}</source>
        <translation>à rendre — reçu {0}</translation>
    </message>
    <message>
        <source>{0} still to pay</source>
        <translation>{0} reste à payer</translation>
    </message>
    <message>
        <source>{0} above the total on a check or money order stays as a credit on account {1}</source>
        <translation>{0} au-delà du total sur un chèque ou un mandat reste en crédit au compte {1}</translation>
    </message>
    <message>
        <source>Pick-up to the safe</source>
        <translation>Remise au coffre</translation>
    </message>
    <message>
        <source>Drawer of {0} at {1} · float {2}</source>
        <translation>Tiroir de {0} au poste {1} · fonds de caisse {2}</translation>
    </message>
    <message>
        <source>Count the cash taken out of the drawer, by bill and coin. The supervisor and the cashier are both recorded.</source>
        <translation>Comptez les espèces retirées du tiroir, par billet et par pièce. Le superviseur et le caissier sont tous deux enregistrés.</translation>
    </message>
    <message>
        <source>Cash taken to the safe</source>
        <translation>Espèces portées au coffre</translation>
    </message>
    <message>
        <source>Record pick-up</source>
        <translation>Enregistrer la remise</translation>
    </message>
    <message>
        <source>Receipts waiting to print</source>
        <translation>Reçus en attente d&apos;impression</translation>
    </message>
    <message>
        <source>Send the waiting receipts to this station&apos;s printer again</source>
        <translation>Renvoyer les reçus en attente à l&apos;imprimante de ce poste</translation>
    </message>
    <message>
        <source>Print to PDF instead</source>
        <translation>Imprimer en PDF à la place</translation>
    </message>
    <message>
        <source>Save the selected receipt as a PDF file; it will not print on paper</source>
        <translation>Enregistrer le reçu sélectionné en fichier PDF ; il ne sera pas imprimé sur papier</translation>
    </message>
    <message>
        <source>Move all to</source>
        <translation>Tout déplacer vers</translation>
    </message>
    <message>
        <source>Station to move the receipts to</source>
        <translation>Poste vers lequel déplacer les reçus</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Print the waiting receipts on the chosen station&apos;s printer (its drawer does not open)</source>
        <translation>Imprimer les reçus en attente sur l&apos;imprimante du poste choisi (son tiroir ne s&apos;ouvre pas)</translation>
    </message>
    <message>
        <source>No sale…</source>
        <translation>Ouverture sans vente…</translation>
    </message>
    <message>
        <source>Open the cash drawer without a payment: a reason and a supervisor</source>
        <translation>Ouvrir le tiroir-caisse sans paiement : un motif et un superviseur</translation>
    </message>
    <message>
        <source>Returned checks (NSF)</source>
        <translation>Chèques retournés (provision insuffisante)</translation>
    </message>
    <message>
        <source>Check number, account number or amount, then Enter</source>
        <translation>Numéro du chèque, numéro de compte ou montant, puis Entrée</translation>
    </message>
    <message>
        <source>Find the check</source>
        <translation>Trouver le chèque</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>The bank&apos;s reason</source>
        <translation>Le motif de la banque</translation>
    </message>
    <message>
        <source>e.g. NSF — insufficient funds; account closed; stop payment</source>
        <translation>p. ex. NSF — provision insuffisante ; compte fermé ; opposition</translation>
    </message>
    <message>
        <source>Record returned check</source>
        <translation>Enregistrer le chèque retourné</translation>
    </message>
    <message>
        <source>Reverse the selected check&apos;s payment, charge the fee and write the notice</source>
        <translation>Contrepasser le paiement du chèque sélectionné, facturer les frais et écrire l&apos;avis</translation>
    </message>
    <message>
        <source>The database is new: make its first administrator, who signs in next and adds the other users. A password has at least {0} characters, is not a common one and does not contain the user name.</source>
        <translation>La base de données est neuve : créez son premier administrateur, qui se connecte ensuite et ajoute les autres utilisateurs. Un mot de passe a au moins {0} caractères, n&apos;est pas un mot de passe courant et ne contient pas le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Where this station keeps its data. One counter alone: this PC&apos;s own database. Several counters sharing customers and the day&apos;s payments: a PostgreSQL server.</source>
        <translation>Où ce poste garde ses données. Un seul comptoir : la base de données propre à ce PC. Plusieurs comptoirs partageant les clients et les paiements du jour : un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>This PC&apos;s own database (one counter)</source>
        <translation>La base de données de ce PC (un seul comptoir)</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by several counters</source>
        <translation>Un serveur PostgreSQL partagé par plusieurs comptoirs</translation>
    </message>
    <message>
        <source>The file cashier.db in this PC&apos;s cashier-app folder (shown on the last page).</source>
        <translation>Le fichier cashier.db dans le dossier cashier-app de ce PC (indiqué à la dernière page).</translation>
    </message>
    <message>
        <source>Server (name or address)</source>
        <translation>Serveur (nom ou adresse)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s pgpass file (readable by this Windows user only), never in station.toml.</source>
        <translation>Le mot de passe est gardé dans le fichier pgpass de ce PC (lisible par cet utilisateur Windows seulement), jamais dans station.toml.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect and look at the database; nothing is written</source>
        <translation>Se connecter et examiner la base de données ; rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>Connected. A new, empty database: Finish creates its tables, this station and its first administrator.</source>
        <translation>Connecté. Une base de données neuve et vide : Terminer crée ses tables, ce poste et son premier administrateur.</translation>
    </message>
    <message>
        <source>Connected to a cashier database: {0} users; stations {1}. This station joins it.</source>
        <translation>Connecté à une base de données de caisse : {0} utilisateurs ; postes {1}. Ce poste s&apos;y joint.</translation>
    </message>
    <message>
        <source>Its schema ({0}) is older than this app&apos;s ({1}): Finish upgrades it, and every station using it must then run this version.</source>
        <translation>Son schéma ({0}) est plus ancien que celui de cette application ({1}) : Terminer le met à niveau, et chaque poste qui l&apos;utilise devra ensuite utiliser cette version.</translation>
    </message>
    <message>
        <source>this PC&apos;s own, cashier.db in the folder above</source>
        <translation>celle de ce PC, cashier.db dans le dossier ci-dessus</translation>
    </message>
    <message>
        <source>the PostgreSQL database {0}</source>
        <translation>la base de données PostgreSQL {0}</translation>
    </message>
    <message>
        <source>A new database: {0}; its tables are made</source>
        <translation>Une nouvelle base de données : {0} ; ses tables sont créées</translation>
    </message>
    <message>
        <source>Database: {0}; its schema is upgraded from {1} to {2}</source>
        <translation>Base de données : {0} ; son schéma passe de {1} à {2}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <source>Station {0}, receipts {1}-000001 on, printer profile {2}</source>
        <translation>Poste {0}, reçus à partir de {1}-000001, profil d&apos;imprimante {2}</translation>
    </message>
    <message>
        <source>First administrator: {0}</source>
        <translation>Premier administrateur : {0}</translation>
    </message>
    <message>
        <source>{0}: the one already in the folder, kept</source>
        <translation>{0} : celui déjà dans le dossier, conservé</translation>
    </message>
    <message>
        <source>{0}: copied from {1}</source>
        <translation>{0} : copié de {1}</translation>
    </message>
    <message>
        <source>{0}: made (keep a copy apart from the backups)</source>
        <translation>{0} : créé (gardez-en une copie à part des sauvegardes)</translation>
    </message>
    <message>
        <source>pgpass: the PostgreSQL password, readable by this user only</source>
        <translation>pgpass : le mot de passe PostgreSQL, lisible par cet utilisateur seulement</translation>
    </message>
    <message>
        <source>{0}: this station&apos;s config</source>
        <translation>{0} : la configuration de ce poste</translation>
    </message>
    <message>
        <source>Two key files live outside the database: audit.key signs the audit trail, draft.key encrypts customers&apos; bank account numbers. Every station of one database needs the same two files: a station joining a database copies them from the first station (a USB key from the office safe; never e-mail).</source>
        <translation>Deux fichiers de clés sont gardés hors de la base de données : audit.key signe la piste d&apos;audit, draft.key chiffre les numéros de compte bancaire des clients. Tous les postes d&apos;une même base de données ont besoin des deux mêmes fichiers : un poste qui rejoint une base les copie du premier poste (une clé USB du coffre du bureau ; jamais par courriel).</translation>
    </message>
    <message>
        <source>Make new keys on this PC (a new database)</source>
        <translation>Créer de nouvelles clés sur ce PC (une nouvelle base de données)</translation>
    </message>
    <message>
        <source>Copy the first station&apos;s keys</source>
        <translation>Copier les clés du premier poste</translation>
    </message>
    <message>
        <source>The first station&apos;s audit.key</source>
        <translation>Le fichier audit.key du premier poste</translation>
    </message>
    <message>
        <source>The first station&apos;s draft.key</source>
        <translation>Le fichier draft.key du premier poste</translation>
    </message>
    <message>
        <source>The receipt printer, by its profile in the printers folder (the administrator&apos;s guide says how to make one). &quot;file&quot; writes receipts to files: no printer needed. Try the printer here: the buttons print and open the drawer at once.</source>
        <translation>L&apos;imprimante de reçus, par son profil dans le dossier printers (le guide de l&apos;administrateur explique comment en faire un). « file » écrit les reçus dans des fichiers : aucune imprimante nécessaire. Essayez l&apos;imprimante ici : les boutons impriment et ouvrent le tiroir immédiatement.</translation>
    </message>
    <message>
        <source>Print the test page on this printer</source>
        <translation>Imprimer la page de test sur cette imprimante</translation>
    </message>
    <message>
        <source>Open the cash drawer through this printer</source>
        <translation>Ouvrir le tiroir-caisse par cette imprimante</translation>
    </message>
    <message>
        <source>The station&apos;s name is shown in the status bar and on receipts. Its receipt prefix starts every receipt number it prints (S2-000001, S2-000002, …): each station of a database has its own.</source>
        <translation>Le nom du poste s&apos;affiche dans la barre d&apos;état et sur les reçus. Son préfixe de reçu commence chaque numéro de reçu qu&apos;il imprime (S2-000001, S2-000002, …) : chaque poste d&apos;une base de données a le sien.</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Receipt prefix (1 to 8 letters or digits)</source>
        <translation>Préfixe de reçu (1 à 8 lettres ou chiffres)</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Business date</source>
        <translation>Date d&apos;exploitation</translation>
    </message>
    <message>
        <source>Refresh   F5</source>
        <translation>Actualiser   F5</translation>
    </message>
    <message>
        <source>Read the sessions again (F5)</source>
        <translation>Relire les sessions (F5)</translation>
    </message>
    <message>
        <source>Drawer sessions</source>
        <translation>Sessions de tiroir</translation>
    </message>
    <message>
        <source>Pick-up…</source>
        <translation>Remise au coffre…</translation>
    </message>
    <message>
        <source>Take excess cash from the selected open drawer to the safe, counted by unit</source>
        <translation>Porter au coffre l&apos;excédent d&apos;espèces du tiroir ouvert sélectionné, compté par unité</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Compter…</translation>
    </message>
    <message>
        <source>Count and close the selected open drawer for its cashier (who is away): the same blind count</source>
        <translation>Compter et fermer le tiroir ouvert sélectionné pour son caissier (absent) : le même comptage à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Note on the difference (required to approve)</source>
        <translation>Note sur l&apos;écart (obligatoire pour approuver)</translation>
    </message>
    <message>
        <source>Note on the difference</source>
        <translation>Note sur l&apos;écart</translation>
    </message>
    <message>
        <source>Approve difference</source>
        <translation>Approuver l&apos;écart</translation>
    </message>
    <message>
        <source>Accept the selected counted drawer&apos;s over/short with your note; it closes</source>
        <translation>Accepter l&apos;écart du tiroir compté sélectionné avec votre note ; il se ferme</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>La journée</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Clôturer la journée…</translation>
    </message>
    <message>
        <source>Close the business date: every drawer of it must be closed first</source>
        <translation>Clôturer la date d&apos;exploitation : tous ses tiroirs doivent d&apos;abord être fermés</translation>
    </message>
    <message>
        <source>Day report (PDF)</source>
        <translation>Rapport de la journée (PDF)</translation>
    </message>
    <message>
        <source>Write and open the end-of-day report (totals, sessions, voids)</source>
        <translation>Écrire et ouvrir le rapport de fin de journée (totaux, sessions, annulations)</translation>
    </message>
    <message>
        <source>Day report (CSV)</source>
        <translation>Rapport de la journée (CSV)</translation>
    </message>
    <message>
        <source>Write the end-of-day report as a spreadsheet file</source>
        <translation>Écrire le rapport de fin de journée en fichier de tableur</translation>
    </message>
    <message>
        <source>Deposit slip</source>
        <translation>Bordereau de dépôt</translation>
    </message>
    <message>
        <source>Write and open the deposit slip: cash by unit, each check and money order</source>
        <translation>Écrire et ouvrir le bordereau de dépôt : espèces par unité, chaque chèque et chaque mandat</translation>
    </message>
    <message>
        <source>Posting export</source>
        <translation>Export des paiements</translation>
    </message>
    <message>
        <source>Write the day&apos;s payments for the billing system (the day must be closed)</source>
        <translation>Écrire les paiements du jour pour le système de facturation (la journée doit être clôturée)</translation>
    </message>
    <message>
        <source>Returned checks…</source>
        <translation>Chèques retournés…</translation>
    </message>
    <message>
        <source>Record a check the bank returned (NSF): reversal, fee, notice to the customer</source>
        <translation>Enregistrer un chèque retourné par la banque (NSF) : contrepassation, frais, avis au client</translation>
    </message>
    <message>
        <source>Bank draft…</source>
        <translation>Prélèvement bancaire…</translation>
    </message>
    <message>
        <source>Draft runs (the bank&apos;s file), enrollments taken today, returns</source>
        <translation>Lots de prélèvements (le fichier de la banque), adhésions prises aujourd&apos;hui, retours</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Retour au comptoir</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>MICR line</source>
        <translation>Ligne MICR</translation>
    </message>
    <message>
        <source>Run the check through the reader</source>
        <translation>Passez le chèque dans le lecteur</translation>
    </message>
    <message>
        <source>The check reader types the line at the bottom of the check here (F6 puts the cursor here); Enter reads it. Empty: Enter goes to the check number.</source>
        <translation>Le lecteur de chèques saisit ici la ligne du bas du chèque (F6 place le curseur ici) ; Entrée la lit. Vide : Entrée passe au numéro du chèque.</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Check number (required)</source>
        <translation>Numéro du chèque (obligatoire)</translation>
    </message>
    <message>
        <source>Routing (optional)</source>
        <translation>Numéro d&apos;acheminement (facultatif)</translation>
    </message>
    <message>
        <source>Account (optional)</source>
        <translation>Compte (facultatif)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>e.g. USPS, Western Union</source>
        <translation>p. ex. USPS, Western Union</translation>
    </message>
    <message>
        <source>Serial number (required)</source>
        <translation>Numéro de série (obligatoire)</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <source>Amount of this tender · Enter adds it</source>
        <translation>Montant de ce règlement · Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>Add  Ctrl+Enter</source>
        <translation>Ajouter  Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Add this tender and take another one (Ctrl+Enter)</source>
        <translation>Ajouter ce règlement et en prendre un autre (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Today&apos;s payments</source>
        <translation>Paiements du jour</translation>
    </message>
    <message>
        <source>Receipt number, account number or amount</source>
        <translation>Numéro de reçu, numéro de compte ou montant</translation>
    </message>
    <message>
        <source>Type a receipt number (S1-000123 or 123), an account number or an amount; ↓ goes to the list</source>
        <translation>Saisissez un numéro de reçu (S1-000123 ou 123), un numéro de compte ou un montant ; ↓ passe à la liste</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Show the payments of every station, not only this one</source>
        <translation>Afficher les paiements de tous les postes, pas seulement de celui-ci</translation>
    </message>
    <message>
        <source>Reprint   Ctrl+P</source>
        <translation>Réimprimer   Ctrl+P</translation>
    </message>
    <message>
        <source>Print a copy of the selected receipt, marked REPRINT (Ctrl+P)</source>
        <translation>Imprimer une copie du reçu sélectionné, marquée REPRINT (Ctrl+P)</translation>
    </message>
    <message>
        <source>Void…   Ctrl+D</source>
        <translation>Annuler…   Ctrl+D</translation>
    </message>
    <message>
        <source>Void the selected payment: reason and a supervisor&apos;s approval (Ctrl+D)</source>
        <translation>Annuler le paiement sélectionné : motif et approbation d&apos;un superviseur (Ctrl+D)</translation>
    </message>
    <message>
        <source>Void receipt {0}</source>
        <translation>Annuler le reçu {0}</translation>
    </message>
    <message>
        <source>{0} · accounts {1} · {2}</source>
        <translation>{0} · comptes {1} · {2}</translation>
    </message>
    <message>
        <source>The receipt number stays used; a VOID receipt prints. A supervisor approves this void only.</source>
        <translation>Le numéro de reçu reste utilisé ; un reçu VOID s&apos;imprime. Un superviseur approuve cette annulation seulement.</translation>
    </message>
    <message>
        <source>e.g. wrong account, customer changed their mind</source>
        <translation>p. ex. mauvais compte, le client a changé d&apos;avis</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Check the supervisor&apos;s password and void (Enter in the password)</source>
        <translation>Vérifier le mot de passe du superviseur et annuler (Entrée dans le mot de passe)</translation>
    </message>
    <message>
        <source>an amount, e.g. 25.00</source>
        <translation>un montant, p. ex. 25.00</translation>
    </message>
    <message>
        <source>printer profile {0}: {1}</source>
        <translation>profil d&apos;imprimante {0} : {1}</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>no such profile (looked in {0})</source>
        <translation>aucun profil de ce nom (cherché dans {0})</translation>
    </message>
    <message>
        <source>cannot read it ({0})</source>
        <translation>illisible ({0})</translation>
    </message>
    <message>
        <source>not valid TOML ({0})</source>
        <translation>TOML non valide ({0})</translation>
    </message>
    <message>
        <source>must be {0}, not {1}</source>
        <translation>doit être {0}, pas {1}</translation>
    </message>
    <message>
        <source>must be one of {0}, not {1}</source>
        <translation>doit être l&apos;un de {0}, pas {1}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>un nombre de secondes</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>missing; say one of {0}</source>
        <translation>absent ; indiquez l&apos;un de {0}</translation>
    </message>
    <message>
        <source>unknown field for a {0} printer</source>
        <translation>champ inconnu pour une imprimante {0}</translation>
    </message>
    <message>
        <source>{0} is not a python-escpos printer model (known ones include {1})</source>
        <translation>{0} n&apos;est pas un modèle d&apos;imprimante python-escpos (modèles connus : {1}, entre autres)</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 60</source>
        <translation>doit être supérieur à 0 et au plus 60</translation>
    </message>
    <message>
        <source>a usb printer cannot answer status requests through a device file; give vendor_id and product_id</source>
        <translation>une imprimante usb ne peut pas répondre aux demandes d&apos;état par un fichier de périphérique ; indiquez vendor_id et product_id</translation>
    </message>
    <message>
        <source>a {0} printer cannot answer status requests</source>
        <translation>une imprimante {0} ne peut pas répondre aux demandes d&apos;état</translation>
    </message>
    <message>
        <source>give the printer&apos;s IP address or host name</source>
        <translation>indiquez l&apos;adresse IP ou le nom d&apos;hôte de l&apos;imprimante</translation>
    </message>
    <message>
        <source>must be from 1 to 65535, not {0}</source>
        <translation>doit être entre 1 et 65535, pas {0}</translation>
    </message>
    <message>
        <source>give the device file (e.g. /dev/usb/lp0) or vendor_id and product_id</source>
        <translation>indiquez le fichier de périphérique (p. ex. /dev/usb/lp0) ou vendor_id et product_id</translation>
    </message>
    <message>
        <source>give the serial port (e.g. /dev/ttyUSB0 or COM3)</source>
        <translation>indiquez le port série (p. ex. /dev/ttyUSB0 ou COM3)</translation>
    </message>
    <message>
        <source>give the CUPS queue name (lpstat -p lists them)</source>
        <translation>indiquez le nom de la file CUPS (lpstat -p les énumère)</translation>
    </message>
    <message>
        <source>the bank&apos;s 9-digit routing number</source>
        <translation>le numéro d&apos;acheminement de la banque, 9 chiffres</translation>
    </message>
    <message>
        <source>The City</source>
        <translation>La Ville</translation>
    </message>
    <message>
        <source>The City&apos;s name</source>
        <translation>Nom de la Ville</translation>
    </message>
    <message>
        <source>in the window titles and the counter&apos;s header</source>
        <translation>dans les titres des fenêtres et l&apos;en-tête du comptoir</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>En-tête des reçus</translation>
    </message>
    <message>
        <source>one line each: the City&apos;s name, address and phone</source>
        <translation>une ligne chacun : le nom, l&apos;adresse et le téléphone de la Ville</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pied des reçus</translation>
    </message>
    <message>
        <source>one line each</source>
        <translation>une ligne chacun</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>e.g. America/New_York: business dates and printed times</source>
        <translation>p. ex. America/New_York : dates d&apos;exploitation et heures imprimées</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Returned-item fee</source>
        <translation>Frais d&apos;effet retourné</translation>
    </message>
    <message>
        <source>Cash only after this many returned checks</source>
        <translation>Espèces seulement après ce nombre de chèques retournés</translation>
    </message>
    <message>
        <source>… within this many months</source>
        <translation>… sur ce nombre de mois</translation>
    </message>
    <message>
        <source>Over/short needing a supervisor above</source>
        <translation>Écart exigeant un superviseur au-delà de</translation>
    </message>
    <message>
        <source>A check above what is owed</source>
        <translation>Un chèque supérieur au montant dû</translation>
    </message>
    <message>
        <source>credit: the excess stays on the account; refuse: change the amounts</source>
        <translation>credit : l&apos;excédent reste au compte ; refuse : changer les montants</translation>
    </message>
    <message>
        <source>Largest amount one field takes</source>
        <translation>Montant maximal d&apos;un champ</translation>
    </message>
    <message>
        <source>an amount above $0.00</source>
        <translation>un montant supérieur à $0.00</translation>
    </message>
    <message>
        <source>Fees shown to customers</source>
        <translation>Frais indiqués aux clients</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Au comptoir</translation>
    </message>
    <message>
        <source>Online, by card</source>
        <translation>En ligne, par carte</translation>
    </message>
    <message>
        <source>Online, by e-check</source>
        <translation>En ligne, par chèque électronique</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Verrouiller l&apos;écran après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>0: never; a station&apos;s own idle_lock_minutes wins</source>
        <translation>0 : jamais ; le idle_lock_minutes propre à un poste l&apos;emporte</translation>
    </message>
    <message>
        <source>Failed sign-ins before a user is locked</source>
        <translation>Connexions échouées avant le blocage d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>empty: no daily backup</source>
        <translation>vide : aucune sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>up to 16 characters, on the statement</source>
        <translation>jusqu&apos;à 16 caractères, sur le relevé</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Identifiant de l&apos;entreprise</translation>
    </message>
    <message>
        <source>10 characters, often 1 + the EIN</source>
        <translation>10 caractères, souvent 1 + l&apos;EIN</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>Description de l&apos;écriture</translation>
    </message>
    <message>
        <source>up to 10 characters</source>
        <translation>jusqu&apos;à 10 caractères</translation>
    </message>
    <message>
        <source>ODFI routing number</source>
        <translation>Numéro d&apos;acheminement de l&apos;ODFI</translation>
    </message>
    <message>
        <source>Immediate origin</source>
        <translation>Origine immédiate</translation>
    </message>
    <message>
        <source>9-digit routing number or the 10 characters the bank gave</source>
        <translation>numéro d&apos;acheminement de 9 chiffres ou les 10 caractères donnés par la banque</translation>
    </message>
    <message>
        <source>Immediate origin name</source>
        <translation>Nom de l&apos;origine immédiate</translation>
    </message>
    <message>
        <source>up to 23 characters</source>
        <translation>jusqu&apos;à 23 caractères</translation>
    </message>
    <message>
        <source>Immediate destination</source>
        <translation>Destination immédiate</translation>
    </message>
    <message>
        <source>Immediate destination name</source>
        <translation>Nom de la destination immédiate</translation>
    </message>
    <message>
        <source>Lead time (banking days)</source>
        <translation>Délai (jours ouvrables bancaires)</translation>
    </message>
    <message>
        <source>Prenote waiting (banking days)</source>
        <translation>Attente de la prénotification (jours ouvrables bancaires)</translation>
    </message>
    <message>
        <source>Savings accounts allowed</source>
        <translation>Comptes d&apos;épargne acceptés</translation>
    </message>
    <message>
        <source>Oldest signed form taken (days)</source>
        <translation>Âge maximal du formulaire signé (jours)</translation>
    </message>
    <message>
        <source>Paper form kept (years after the end)</source>
        <translation>Formulaire papier conservé (années après la fin)</translation>
    </message>
    <message>
        <source>Warn when the draft is closer to the bill (days)</source>
        <translation>Avertir quand le prélèvement est plus proche de la facture que (jours)</translation>
    </message>
    <message>
        <source>Balanced file (offset entry)</source>
        <translation>Fichier équilibré (écriture de contrepartie)</translation>
    </message>
    <message>
        <source>Offset routing number</source>
        <translation>Numéro d&apos;acheminement de la contrepartie</translation>
    </message>
    <message>
        <source>Offset account number</source>
        <translation>Numéro de compte de la contrepartie</translation>
    </message>
    <message>
        <source>the City&apos;s own account</source>
        <translation>le compte de la Ville</translation>
    </message>
    <message>
        <source>Offset account type</source>
        <translation>Type de compte de la contrepartie</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>month day</comment>
        <translation>{1} {0}</translation>
    </message>
    <message>
        <source>{0} {1}, {2}</source>
        <comment>month day, year</comment>
        <translation>{1} {0} {2}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>month year</comment>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} {1} {2}, {3}</source>
        <translation>{0} {2} {1} {3}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>{0}, {1} {2}, {3}</source>
        <translation>{0} {2} {1} {3}</translation>
    </message>
    <message>
        <source>{0} {1}, {2}</source>
        <translation>{1} {0} {2}</translation>
    </message>
    <message>
        <source>CUSTOMER COPY</source>
        <translation>COPIE DU CLIENT</translation>
    </message>
    <message>
        <source>MERCHANT COPY</source>
        <translation>COPIE DE LA VILLE</translation>
    </message>
    <message>
        <source>Receipt {0}</source>
        <translation>Reçu {0}</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>RÉIMPRESSION</translation>
    </message>
    <message>
        <source>RETURNED CHECK</source>
        <translation>CHÈQUE RETOURNÉ</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>CUSTOMER NUMBER</source>
        <translation>NUMÉRO DE CLIENT</translation>
    </message>
    <message>
        <source>ENROLLMENT</source>
        <translation>INSCRIPTION</translation>
    </message>
    <message>
        <source>First draft</source>
        <translation>Premier prélèvement</translation>
    </message>
    <message>
        <source>Your bank draft enrollment</source>
        <translation>Votre inscription au prélèvement bancaire</translation>
    </message>
    <message>
        <source>Dear {0},</source>
        <translation>Bonjour {0},</translation>
    </message>
    <message>
        <source>Thank you for your bank draft authorization, signed on {0}. From now on the City drafts your utility bill each month from the {1} account of {2} at {3}account ending {4}, on the draft date printed on the bill.</source>
        <translation>Merci pour votre autorisation de prélèvement bancaire, signée le {0}. Désormais, la Ville prélève chaque mois votre facture de services publics sur le compte {1} de {2} chez {3}compte se terminant par {4}, à la date de prélèvement imprimée sur la facture.</translation>
    </message>
    <message>
        <source>First the City sends your bank a test entry of $0.00 (a prenote) to check the account; your bills are drafted once it has gone through.</source>
        <translation>La Ville envoie d&apos;abord à votre banque une écriture test de $0.00 (une prénotification) pour vérifier le compte ; vos factures sont prélevées une fois celle-ci passée.</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Veuillez agréer nos salutations distinguées,</translation>
    </message>
    <message>
        <source>Utility Payments, {0}</source>
        <translation>Paiements des services publics, {0}</translation>
    </message>
    <message>
        <source>Enrolled by {0}</source>
        <translation>Inscription reçue par {0}</translation>
    </message>
    <message>
        <source>Bank draft confirmation · enrollment {0} · customer {1}</source>
        <translation>Confirmation de prélèvement bancaire · inscription {0} · client {1}</translation>
    </message>
    <message>
        <source>Bank draft confirmation {0}</source>
        <translation>Confirmation de prélèvement bancaire {0}</translation>
    </message>
    <message>
        <source>(City to confirm)</source>
        <translation>(à confirmer par la Ville)</translation>
    </message>
    <message>
        <source>Each month the City deducts the amount of your utility bill from your bank account on the draft date printed on the bill. You still receive your bill every month to review.</source>
        <translation>Chaque mois, la Ville prélève le montant de votre facture de services publics sur votre compte bancaire à la date de prélèvement imprimée sur la facture. Vous recevez toujours votre facture chaque mois pour la vérifier.</translation>
    </message>
    <message>
        <source>Bank draft is free: the City charges no fee for it.</source>
        <translation>Le prélèvement bancaire est gratuit : la Ville ne facture aucuns frais.</translation>
    </message>
    <message>
        <source>To stop your bank draft or change the bank account, tell the City in writing or at the counter at City Hall at least {0} days before the draft date. {1}</source>
        <translation>Pour arrêter votre prélèvement bancaire ou changer de compte bancaire, prévenez la Ville par écrit ou au guichet de l&apos;hôtel de ville au moins {0} jours avant la date de prélèvement. {1}</translation>
    </message>
    <message>
        <source>If your bank returns a draft unpaid, the City may charge its returned-item fee. {0}</source>
        <translation>Si votre banque retourne un prélèvement impayé, la Ville peut facturer ses frais de retour. {0}</translation>
    </message>
    <message>
        <source>To stop your bank draft or change the bank account, come to the counter at City Hall, {0}, or write to the City, at least {1} days before the draft date {2}. Questions: Customer Service, Payments Division, {3} option 2 then 2.</source>
        <translation>Pour arrêter votre prélèvement bancaire ou changer de compte bancaire, venez au guichet de l&apos;hôtel de ville, {0}, ou écrivez à la Ville, au moins {1} jours avant la date de prélèvement {2}. Questions : Service à la clientèle, Division des paiements, {3} option 2 puis 2.</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Because of repeated returned checks, your account is now CASH-ONLY: the City can no longer accept personal checks for it. Please pay in cash or by money order.</source>
        <translation>En raison de chèques retournés à répétition, votre compte est désormais PAYABLE EN ESPÈCES SEULEMENT : la Ville ne peut plus accepter de chèques personnels pour ce compte. Veuillez payer en espèces ou par mandat.</translation>
    </message>
    <message>
        <source>Because of repeated returned checks, account {0} is now CASH-ONLY: the City can no longer accept personal checks for it. Please pay in cash or by money order.</source>
        <translation>En raison de chèques retournés à répétition, le compte {0} est désormais PAYABLE EN ESPÈCES SEULEMENT : la Ville ne peut plus accepter de chèques personnels pour ce compte. Veuillez payer en espèces ou par mandat.</translation>
    </message>
    <message>
        <source>Because of repeated returned checks, accounts {0} are now CASH-ONLY: the City can no longer accept personal checks for it. Please pay in cash or by money order.</source>
        <translation>En raison de chèques retournés à répétition, les comptes {0} sont désormais PAYABLES EN ESPÈCES SEULEMENT : la Ville ne peut plus accepter de chèques personnels pour ces comptes. Veuillez payer en espèces ou par mandat.</translation>
    </message>
    <message>
        <source>Notice of returned bank draft</source>
        <translation>Avis de prélèvement bancaire retourné</translation>
    </message>
    <message>
        <source>Notice of returned check</source>
        <translation>Avis de chèque retourné</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>The bank draft of {0} from your bank account ending in {1}, drafted on {2} (reference {3}), was returned unpaid by your bank{4}. The payment has been reversed and a returned item fee has been charged to your account.</source>
        <translation>Le prélèvement bancaire de {0} sur votre compte bancaire se terminant par {1}, prélevé le {2} (référence {3}), a été retourné impayé par votre banque{4}. Le paiement a été contre-passé et des frais de retour ont été portés à votre compte.</translation>
    </message>
    <message>
        <source>Because of this return, your bank draft enrollment has ended: your next bills will not be drafted. To draft them again, please fill in a new bank draft authorization form.</source>
        <translation>En raison de ce retour, votre inscription au prélèvement bancaire a pris fin : vos prochaines factures ne seront pas prélevées. Pour qu&apos;elles le soient de nouveau, veuillez remplir un nouveau formulaire d&apos;autorisation de prélèvement bancaire.</translation>
    </message>
    <message>
        <source>Your check number {0} for {1}, received on {2} (receipt {3}), was returned unpaid by your bank{4}. The payment has been reversed and a returned check fee has been charged to your account.</source>
        <translation>Votre chèque n° {0} de {1}, reçu le {2} (reçu {3}), a été retourné impayé par votre banque{4}. Le paiement a été contre-passé et des frais de chèque retourné ont été portés à votre compte.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(sans numéro)</translation>
    </message>
    <message>
        <source>Draft reversed</source>
        <translation>Prélèvement contre-passé</translation>
    </message>
    <message>
        <source>Check reversed</source>
        <translation>Chèque contre-passé</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>New balance of account {0}</source>
        <translation>Nouveau solde du compte {0}</translation>
    </message>
    <message>
        <source>Please pay the new balance, including the {0} returned item fee, in cash, by money order or by cashier&apos;s check at City Hall, {1}, as soon as possible.</source>
        <translation>Veuillez payer le nouveau solde, y compris les frais de retour de {0}, en espèces, par mandat ou par chèque de banque à l&apos;hôtel de ville, {1}, dès que possible.</translation>
    </message>
    <message>
        <source>Please pay the new balance, including the {0} returned check fee, in cash, by money order or by cashier&apos;s check at City Hall, {1}, as soon as possible.</source>
        <translation>Veuillez payer le nouveau solde, y compris les frais de chèque retourné de {0}, en espèces, par mandat ou par chèque de banque à l&apos;hôtel de ville, {1}, dès que possible.</translation>
    </message>
    <message>
        <source>If you have questions about this notice, please call Customer Service at {0}.</source>
        <translation>Pour toute question sur cet avis, appelez le Service à la clientèle au {0}.</translation>
    </message>
    <message>
        <source>Recorded by {0}</source>
        <translation>Enregistré par {0}</translation>
    </message>
    <message>
        <source>Returned bank draft notice · reference {0}</source>
        <translation>Avis de prélèvement bancaire retourné · référence {0}</translation>
    </message>
    <message>
        <source>Returned check notice · receipt {0}</source>
        <translation>Avis de chèque retourné · reçu {0}</translation>
    </message>
    <message>
        <source> · check {0}</source>
        <translation> · chèque {0}</translation>
    </message>
    <message>
        <source>Returned bank draft notice {0}</source>
        <translation>Avis de prélèvement bancaire retourné {0}</translation>
    </message>
    <message>
        <source>Returned check notice {0}</source>
        <translation>Avis de chèque retourné {0}</translation>
    </message>
    <message>
        <source>Returned check reversal</source>
        <translation>Contre-passation de chèque retourné</translation>
    </message>
    <message>
        <source>Returned check fee</source>
        <translation>Frais de chèque retourné</translation>
    </message>
    <message>
        <source>Bank draft run voided</source>
        <translation>Lot de prélèvement annulé</translation>
    </message>
    <message>
        <source>pending prenote</source>
        <translation>prénotification en cours</translation>
    </message>
    <message>
        <source>ended ({0})</source>
        <translation>terminée ({0})</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Unknown report format {0}: name the file .pdf or .csv (or give the format).</source>
        <translation>Format de rapport inconnu {0} : nommez le fichier .pdf ou .csv (ou indiquez le format).</translation>
    </message>
    <message>
        <source>{0} is not closed: the deposit slip is made from the counted drawers once a supervisor has closed the day.</source>
        <translation>La journée du {0} n&apos;est pas clôturée : le bordereau de dépôt est fait à partir des tiroirs comptés une fois qu&apos;un superviseur a clôturé la journée.</translation>
    </message>
    <message>
        <source>Unknown cash unit(s) in the counts: {0}.</source>
        <translation>Unité(s) d&apos;espèces inconnue(s) dans les comptages : {0}.</translation>
    </message>
    <message>
        <source>The deposit slip is a PDF: name the file .pdf.</source>
        <translation>Le bordereau de dépôt est un PDF : nommez le fichier .pdf.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Your bill of {0} due {1} is not drafted: pay it today.</source>
        <translation>Votre facture de {0} échéant le {1} n&apos;est pas prélevée : payez-la aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>That enrollment does not exist.</source>
        <translation>Cette adhésion n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the draft date {0} is too close: the bank needs the file {2} banking day before the drafts settle; the earliest draft date for a run made {3} is {4}</source>
        <extracomment>The calendar is the Fed&apos;s list since Juneteenth became a Federal Reserve holiday (2022). Calendar days a varying-amount bill should reach the customer before its draft date.</extracomment>
        <translation>la date de prélèvement {0} est trop proche : la banque a besoin du fichier {2} jour ouvrable bancaire avant le règlement des prélèvements ; la première date de prélèvement possible pour un lot fait le {3} est le {4}</translation>
    </message>
    <message>
        <source>the draft date {0} is too close: the bank needs the file {2} banking days before the drafts settle; the earliest draft date for a run made {3} is {4}</source>
        <translation>la date de prélèvement {0} est trop proche : la banque a besoin du fichier {2} jours ouvrables bancaires avant le règlement des prélèvements ; la première date de prélèvement possible pour un lot fait le {3} est le {4}</translation>
    </message>
    <message>
        <source>the draft date {0} (the drafts would settle {1}) is too close: the bank needs the file {2} banking day before the drafts settle; the earliest draft date for a run made {3} is {4}</source>
        <translation>la date de prélèvement {0} (les prélèvements seraient réglés le {1}) est trop proche : la banque a besoin du fichier {2} jour ouvrable bancaire avant le règlement des prélèvements ; la première date de prélèvement possible pour un lot fait le {3} est le {4}</translation>
    </message>
    <message>
        <source>the draft date {0} (the drafts would settle {1}) is too close: the bank needs the file {2} banking days before the drafts settle; the earliest draft date for a run made {3} is {4}</source>
        <translation>la date de prélèvement {0} (les prélèvements seraient réglés le {1}) est trop proche : la banque a besoin du fichier {2} jours ouvrables bancaires avant le règlement des prélèvements ; la première date de prélèvement possible pour un lot fait le {3} est le {4}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} is not a count of files</source>
        <extracomment>The file ID modifier of the day&apos;s 1st, 2nd, ... file: A to Z, then 0 to 9.</extracomment>
        <translation>{0} n&apos;est pas un nombre de fichiers</translation>
    </message>
    <message>
        <source>{0} files were already made today (A-Z, 0-9); a 37th file the same day cannot be told apart</source>
        <translation>{0} fichiers ont déjà été faits aujourd&apos;hui (A-Z, 0-9) ; un 37e fichier le même jour ne pourrait pas être distingué</translation>
    </message>
    <message>
        <source>must be a date and time, not {0}</source>
        <translation>doit être une date et une heure, pas {0}</translation>
    </message>
    <message>
        <source>must be a date, not {0}</source>
        <translation>doit être une date, pas {0}</translation>
    </message>
    <message>
        <source>{0} is before the file&apos;s creation date {1}</source>
        <translation>{0} précède la date de création du fichier {1}</translation>
    </message>
    <message>
        <source>no drafts to write; a NACHA batch needs at least one entry</source>
        <translation>aucun prélèvement à écrire ; un lot NACHA exige au moins une écriture</translation>
    </message>
    <message>
        <source>{0} entries are more than one batch holds ({1})</source>
        <translation>{0} écritures dépassent ce que contient un lot ({1})</translation>
    </message>
    <message>
        <source>{0} is not a sequence from 1 to {1}</source>
        <translation>{0} n&apos;est pas une séquence de 1 à {1}</translation>
    </message>
    <message>
        <source>the trace numbers would pass the 7-digit sequence&apos;s end ({0})</source>
        <translation>les numéros de trace dépasseraient la fin de la séquence à 7 chiffres ({0})</translation>
    </message>
    <message>
        <source>the drafts&apos; total {0} is more than the file&apos;s totals hold (9999999999.99)</source>
        <translation>le total des prélèvements {0} dépasse ce que contiennent les totaux du fichier (9999999999.99)</translation>
    </message>
    <message>
        <source>the offset credit {0} is more than one entry&apos;s amount field holds (99999999.99)</source>
        <translation>le crédit de contrepartie {0} dépasse ce que contient le champ de montant d&apos;une écriture (99999999.99)</translation>
    </message>
    <message>
        <source>{0} already exists; a draft file is never overwritten</source>
        <translation>{0} existe déjà ; un fichier de prélèvements n&apos;est jamais écrasé</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>le dossier {0} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{0} is not one of A-Z or 0-9</source>
        <translation>{0} n&apos;est pas l&apos;un de A-Z ou 0-9</translation>
    </message>
    <message>
        <source>must be an Origin, not {0}</source>
        <translation>doit être un Origin, pas {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is neither a 9-digit routing number nor the 10 characters the bank assigned</source>
        <translation>&apos;{0}&apos; n&apos;est ni un numéro d&apos;acheminement à 9 chiffres ni les 10 caractères attribués par la banque</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not 10 letters or digits (often 1 followed by the City&apos;s EIN)</source>
        <translation>&apos;{0}&apos; n&apos;est pas 10 lettres ou chiffres (souvent 1 suivi de l&apos;EIN de la Ville)</translation>
    </message>
    <message>
        <source>must be a DraftEntry, not {0}</source>
        <translation>doit être un DraftEntry, pas {0}</translation>
    </message>
    <message>
        <source>{0} is neither True nor False</source>
        <translation>{0} n&apos;est ni True ni False</translation>
    </message>
    <message>
        <source>a prenote is for $0.00, not {0}</source>
        <translation>une prénotification est de $0.00, pas {0}</translation>
    </message>
    <message>
        <source>a draft of $0.00; a zero entry is a prenote</source>
        <translation>un prélèvement de $0.00 ; une écriture nulle est une prénotification</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>draft {0} (account {1}), {2}: {3}</source>
        <translation>prélèvement {0} (compte {1}), {2} : {3}</translation>
    </message>
    <message>
        <source>draft {0}, {1}: {2}</source>
        <translation>prélèvement {0}, {1} : {2}</translation>
    </message>
    <message>
        <source>must be text, not {0}</source>
        <translation>doit être du texte, pas {0}</translation>
    </message>
    <message>
        <source>a tab or a line break</source>
        <translation>une tabulation ou un saut de ligne</translation>
    </message>
    <message>
        <source>character {0} ({1}) cannot be written in a NACHA file (letters, digits, blanks and punctuation only)</source>
        <translation>le caractère {0} ({1}) ne peut pas être écrit dans un fichier NACHA (lettres, chiffres, blancs et ponctuation seulement)</translation>
    </message>
    <message>
        <source>is missing (blank)</source>
        <translation>manque (vide)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is {1} characters; the field holds {2}</source>
        <translation>&apos;{0}&apos; compte {1} caractères ; le champ en contient {2}</translation>
    </message>
    <message>
        <source>is missing (a routing number has 9 digits)</source>
        <translation>manque (un numéro d&apos;acheminement a 9 chiffres)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a routing number (9 digits)</source>
        <translation>&apos;{0}&apos; n&apos;est pas un numéro d&apos;acheminement (9 chiffres)</translation>
    </message>
    <message>
        <source>{0} fails its check digit; check the routing number</source>
        <translation>{0} échoue à son chiffre de contrôle ; vérifiez le numéro d&apos;acheminement</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>{0} holds characters other than digits</source>
        <translation>{0} contient d&apos;autres caractères que des chiffres</translation>
    </message>
    <message>
        <source>{0} has {1} digits; a bank account number has 4 to 17</source>
        <translation>{0} a {1} chiffres ; un numéro de compte bancaire en a de 4 à 17</translation>
    </message>
    <message>
        <source>{0} is neither &apos;checking&apos; nor &apos;savings&apos;</source>
        <translation>{0} n&apos;est ni &apos;checking&apos; ni &apos;savings&apos;</translation>
    </message>
    <message>
        <source>must be a Decimal amount, not {0}</source>
        <translation>doit être un montant Decimal, pas {0}</translation>
    </message>
    <message>
        <source>{0} is not an amount</source>
        <translation>{0} n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>{0} is negative</source>
        <translation>{0} est négatif</translation>
    </message>
    <message>
        <source>{0} is not a whole number of cents</source>
        <translation>{0} n&apos;est pas un nombre entier de cents</translation>
    </message>
    <message>
        <source>{0} is more than the file&apos;s amount field holds (99999999.99)</source>
        <translation>{0} dépasse ce que contient le champ de montant du fichier (99999999.99)</translation>
    </message>
    <message>
        <source>file header</source>
        <extracomment>Checking (2x) and savings (3x) transaction codes: returns/NOCs (21, 26, 31, 36), live entries, prenotes and zero-dollar entries. Second digit 1-4 is a credit, 6-9 a debit.</extracomment>
        <translation>en-tête de fichier</translation>
    </message>
    <message>
        <source>batch header</source>
        <translation>en-tête de lot</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>addenda</source>
        <translation>addenda</translation>
    </message>
    <message>
        <source>batch control</source>
        <translation>contrôle de lot</translation>
    </message>
    <message>
        <source>file control</source>
        <translation>contrôle de fichier</translation>
    </message>
    <message>
        <source>line {0}: {1}</source>
        <translation>ligne {0} : {1}</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; is not a number (columns {2}-{3} must be {4} digits)</source>
        <translation>{0} &apos;{1}&apos; n&apos;est pas un nombre (les colonnes {2}-{3} doivent contenir {4} chiffres)</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; is not a date (columns {2}-{3} must be YYMMDD)</source>
        <translation>{0} &apos;{1}&apos; n&apos;est pas une date (les colonnes {2}-{3} doivent être au format AAMMJJ)</translation>
    </message>
    <message>
        <source>the file is empty; a return file starts with a file header record (type 1)</source>
        <translation>le fichier est vide ; un fichier de retours commence par un enregistrement d&apos;en-tête de fichier (type 1)</translation>
    </message>
    <message>
        <source>the file has no file header record (type 1)</source>
        <translation>le fichier n&apos;a pas d&apos;enregistrement d&apos;en-tête de fichier (type 1)</translation>
    </message>
    <message>
        <source>the file ends inside batch {0} (no batch control record after its header on line {1}); it may be cut short</source>
        <translation>le fichier se termine dans le lot {0} (aucun enregistrement de contrôle de lot après son en-tête à la ligne {1}) ; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>the file ends without its file control record (type 9); it may be cut short</source>
        <translation>le fichier se termine sans son enregistrement de contrôle de fichier (type 9) ; il est peut-être tronqué</translation>
    </message>
    <message>
        <source>a blank line inside the file (only the end may have blank lines)</source>
        <translation>une ligne vide à l&apos;intérieur du fichier (seule la fin peut avoir des lignes vides)</translation>
    </message>
    <message>
        <source>column {0} holds the character U+{1:04X}, which a NACHA file cannot hold (letters, digits and punctuation only)</source>
        <translation>la colonne {0} contient le caractère U+{1:04X}, qu&apos;un fichier NACHA ne peut pas contenir (lettres, chiffres et ponctuation seulement)</translation>
    </message>
    <message>
        <source>the record is {0} characters long; every NACHA record is exactly {1}</source>
        <translation>l&apos;enregistrement compte {0} caractères ; chaque enregistrement NACHA en compte exactement {1}</translation>
    </message>
    <message>
        <source>a record after the file control record (only block-filler lines of 9s may follow it)</source>
        <translation>un enregistrement après l&apos;enregistrement de contrôle de fichier (seules des lignes de remplissage de 9 peuvent le suivre)</translation>
    </message>
    <message>
        <source>a block-filler line (all 9s) before the file control record</source>
        <translation>une ligne de remplissage (que des 9) avant l&apos;enregistrement de contrôle de fichier</translation>
    </message>
    <message>
        <source>unknown record type &apos;{0}&apos; (a NACHA record starts with 1, 5, 6, 7, 8 or 9)</source>
        <translation>type d&apos;enregistrement inconnu &apos;{0}&apos; (un enregistrement NACHA commence par 1, 5, 6, 7, 8 ou 9)</translation>
    </message>
    <message>
        <source>the file must start with a file header record (type 1); this line is a {0} record (type {1})</source>
        <translation>le fichier doit commencer par un enregistrement d&apos;en-tête de fichier (type 1) ; cette ligne est un enregistrement {0} (type {1})</translation>
    </message>
    <message>
        <source>the entry has no addenda record after it; in a return file every entry is followed by its return (99) or change (98) addenda</source>
        <translation>l&apos;écriture n&apos;est suivie d&apos;aucun enregistrement d&apos;addenda ; dans un fichier de retours, chaque écriture est suivie de son addenda de retour (99) ou de changement (98)</translation>
    </message>
    <message>
        <source>a second file header record (type 1); a return file has one</source>
        <translation>un second enregistrement d&apos;en-tête de fichier (type 1) ; un fichier de retours n&apos;en a qu&apos;un</translation>
    </message>
    <message>
        <source>the file creation date</source>
        <translation>la date de création du fichier</translation>
    </message>
    <message>
        <source>a batch header before the control record of the batch that started on line {0}</source>
        <translation>un en-tête de lot avant l&apos;enregistrement de contrôle du lot commencé à la ligne {0}</translation>
    </message>
    <message>
        <source>the batch&apos;s service class code</source>
        <translation>le code de classe de service du lot</translation>
    </message>
    <message>
        <source>the batch&apos;s effective entry date</source>
        <translation>la date d&apos;effet du lot</translation>
    </message>
    <message>
        <source>the batch number</source>
        <translation>le numéro du lot</translation>
    </message>
    <message>
        <source>an entry record outside a batch (no batch header before it)</source>
        <translation>un enregistrement d&apos;écriture hors d&apos;un lot (aucun en-tête de lot avant lui)</translation>
    </message>
    <message>
        <source>the entry&apos;s transaction code</source>
        <translation>le code de transaction de l&apos;écriture</translation>
    </message>
    <message>
        <source>the entry&apos;s transaction code {0} is not a checking or savings code (21-24, 26-29, 31-34, 36-39)</source>
        <translation>le code de transaction de l&apos;écriture {0} n&apos;est pas un code de compte chèques ou d&apos;épargne (21-24, 26-29, 31-34, 36-39)</translation>
    </message>
    <message>
        <source>the entry&apos;s routing number</source>
        <translation>le numéro d&apos;acheminement de l&apos;écriture</translation>
    </message>
    <message>
        <source>the entry&apos;s routing number {0} fails its check digit</source>
        <translation>le numéro d&apos;acheminement de l&apos;écriture {0} échoue à son chiffre de contrôle</translation>
    </message>
    <message>
        <source>the entry&apos;s bank account number (columns 13-29) is blank</source>
        <translation>le numéro de compte bancaire de l&apos;écriture (colonnes 13-29) est vide</translation>
    </message>
    <message>
        <source>the entry&apos;s amount</source>
        <translation>le montant de l&apos;écriture</translation>
    </message>
    <message>
        <source>the entry&apos;s addenda record indicator (column 79) is &apos;{0}&apos;; it must be 1</source>
        <translation>l&apos;indicateur d&apos;addenda de l&apos;écriture (colonne 79) est &apos;{0}&apos; ; il doit être 1</translation>
    </message>
    <message>
        <source>the entry says it has no addenda record (column 79 is 0); in a return file every entry carries its return (99) or change (98) addenda</source>
        <translation>l&apos;écriture indique n&apos;avoir aucun addenda (la colonne 79 est 0) ; dans un fichier de retours, chaque écriture porte son addenda de retour (99) ou de changement (98)</translation>
    </message>
    <message>
        <source>the entry&apos;s trace number</source>
        <translation>le numéro de trace de l&apos;écriture</translation>
    </message>
    <message>
        <source>an addenda record with no entry record before it</source>
        <translation>un enregistrement d&apos;addenda sans enregistrement d&apos;écriture avant lui</translation>
    </message>
    <message>
        <source>a second addenda record for the entry on line {0}; a return or change entry has exactly one</source>
        <translation>un second enregistrement d&apos;addenda pour l&apos;écriture de la ligne {0} ; une écriture de retour ou de changement en a exactement un</translation>
    </message>
    <message>
        <source>the addenda type is &apos;{0}&apos;; a return file holds only return (99) and change (98) addenda</source>
        <translation>le type d&apos;addenda est &apos;{0}&apos; ; un fichier de retours ne contient que des addenda de retour (99) et de changement (98)</translation>
    </message>
    <message>
        <source>the original entry trace number</source>
        <translation>le numéro de trace de l&apos;écriture d&apos;origine</translation>
    </message>
    <message>
        <source>the original receiving bank (RDFI) number</source>
        <translation>le numéro de la banque réceptrice d&apos;origine (RDFI)</translation>
    </message>
    <message>
        <source>the addenda&apos;s trace number</source>
        <translation>le numéro de trace de l&apos;addenda</translation>
    </message>
    <message>
        <source>the addenda&apos;s trace number {0} is not its entry&apos;s ({1}, line {2})</source>
        <translation>le numéro de trace de l&apos;addenda {0} n&apos;est pas celui de son écriture ({1}, ligne {2})</translation>
    </message>
    <message>
        <source>unknown return reason code &apos;{0}&apos; (a change code belongs in a type 98 addenda); NACHA codes are R01 to R85</source>
        <translation>code de motif de retour inconnu &apos;{0}&apos; (un code de changement va dans un addenda de type 98) ; les codes NACHA vont de R01 à R85</translation>
    </message>
    <message>
        <source>unknown return reason code &apos;{0}&apos;; NACHA codes are R01 to R85</source>
        <translation>code de motif de retour inconnu &apos;{0}&apos; ; les codes NACHA vont de R01 à R85</translation>
    </message>
    <message>
        <source>the date of death</source>
        <translation>la date du décès</translation>
    </message>
    <message>
        <source>unknown change code &apos;{0}&apos; (a return code belongs in a type 99 addenda); NACHA codes are C01 to C14</source>
        <translation>code de changement inconnu &apos;{0}&apos; (un code de retour va dans un addenda de type 99) ; les codes NACHA vont de C01 à C14</translation>
    </message>
    <message>
        <source>unknown change code &apos;{0}&apos;; NACHA codes are C01 to C14</source>
        <translation>code de changement inconnu &apos;{0}&apos; ; les codes NACHA vont de C01 à C14</translation>
    </message>
    <message>
        <source>the corrected routing number &apos;{0}&apos; is not a valid routing number (check digit)</source>
        <translation>le numéro d&apos;acheminement corrigé &apos;{0}&apos; n&apos;est pas un numéro d&apos;acheminement valide (chiffre de contrôle)</translation>
    </message>
    <message>
        <source>the corrected bank account number is blank</source>
        <translation>le numéro de compte bancaire corrigé est vide</translation>
    </message>
    <message>
        <source>the corrected transaction code &apos;{0}&apos; is not a checking or savings code</source>
        <translation>le code de transaction corrigé &apos;{0}&apos; n&apos;est pas un code de compte chèques ou d&apos;épargne</translation>
    </message>
    <message>
        <source>the corrected name is blank</source>
        <translation>le nom corrigé est vide</translation>
    </message>
    <message>
        <source>the corrected individual identification number is blank</source>
        <translation>le numéro d&apos;identification individuel corrigé est vide</translation>
    </message>
    <message>
        <source>a batch control record with no batch header before it</source>
        <translation>un enregistrement de contrôle de lot sans en-tête de lot avant lui</translation>
    </message>
    <message>
        <source>the batch control&apos;s service class code</source>
        <translation>le code de classe de service du contrôle de lot</translation>
    </message>
    <message>
        <source>the batch control&apos;s entry/addenda count</source>
        <translation>le nombre d&apos;écritures et d&apos;addenda du contrôle de lot</translation>
    </message>
    <message>
        <source>the batch control&apos;s entry hash</source>
        <translation>le total de hachage du contrôle de lot</translation>
    </message>
    <message>
        <source>the batch control&apos;s total debit</source>
        <translation>le total des débits du contrôle de lot</translation>
    </message>
    <message>
        <source>the batch control&apos;s total credit</source>
        <translation>le total des crédits du contrôle de lot</translation>
    </message>
    <message>
        <source>the batch control&apos;s batch number</source>
        <translation>le numéro de lot du contrôle de lot</translation>
    </message>
    <message>
        <source>the batch control says batch {0} but closes batch {1} (header on line {2})</source>
        <translation>le contrôle de lot indique le lot {0} mais ferme le lot {1} (en-tête à la ligne {2})</translation>
    </message>
    <message>
        <source>the batch control&apos;s service class {0} is not its header&apos;s ({1}, line {2})</source>
        <translation>la classe de service du contrôle de lot {0} n&apos;est pas celle de son en-tête ({1}, ligne {2})</translation>
    </message>
    <message>
        <source>the batch control counts {0} entry and addenda records but batch {1} (header on line {2}) has {3}</source>
        <translation>le contrôle de lot compte {0} enregistrements d&apos;écriture et d&apos;addenda mais le lot {1} (en-tête à la ligne {2}) en a {3}</translation>
    </message>
    <message>
        <source>the batch control&apos;s entry hash {0:010d} does not match the entries&apos; routing numbers ({1:010d})</source>
        <translation>le total de hachage du contrôle de lot {0:010d} ne correspond pas aux numéros d&apos;acheminement des écritures ({1:010d})</translation>
    </message>
    <message>
        <source>the batch control&apos;s total debit {0} is not the sum of its debit entries ({1})</source>
        <translation>le total des débits du contrôle de lot {0} n&apos;est pas la somme de ses écritures de débit ({1})</translation>
    </message>
    <message>
        <source>the batch control&apos;s total credit {0} is not the sum of its credit entries ({1})</source>
        <translation>le total des crédits du contrôle de lot {0} n&apos;est pas la somme de ses écritures de crédit ({1})</translation>
    </message>
    <message>
        <source>the file control record comes before the control record of the batch that started on line {0}</source>
        <translation>l&apos;enregistrement de contrôle de fichier vient avant l&apos;enregistrement de contrôle du lot commencé à la ligne {0}</translation>
    </message>
    <message>
        <source>the file control&apos;s batch count</source>
        <translation>le nombre de lots du contrôle de fichier</translation>
    </message>
    <message>
        <source>the file control&apos;s block count</source>
        <translation>le nombre de blocs du contrôle de fichier</translation>
    </message>
    <message>
        <source>the file control&apos;s entry/addenda count</source>
        <translation>le nombre d&apos;écritures et d&apos;addenda du contrôle de fichier</translation>
    </message>
    <message>
        <source>the file control&apos;s entry hash</source>
        <translation>le total de hachage du contrôle de fichier</translation>
    </message>
    <message>
        <source>the file control&apos;s total debit</source>
        <translation>le total des débits du contrôle de fichier</translation>
    </message>
    <message>
        <source>the file control&apos;s total credit</source>
        <translation>le total des crédits du contrôle de fichier</translation>
    </message>
    <message>
        <source>the file control counts {0} batches but the file has {1}</source>
        <translation>le contrôle de fichier compte {0} lots mais le fichier en a {1}</translation>
    </message>
    <message>
        <source>the file control counts {0} blocks of 10 records but the file&apos;s {1} records make {2}</source>
        <translation>le contrôle de fichier compte {0} blocs de 10 enregistrements mais les {1} enregistrements du fichier en font {2}</translation>
    </message>
    <message>
        <source>the file control counts {0} entry and addenda records but the batches have {1}</source>
        <translation>le contrôle de fichier compte {0} enregistrements d&apos;écriture et d&apos;addenda mais les lots en ont {1}</translation>
    </message>
    <message>
        <source>the file control&apos;s entry hash {0:010d} does not match the batches&apos; ({1:010d})</source>
        <translation>le total de hachage du contrôle de fichier {0:010d} ne correspond pas à celui des lots ({1:010d})</translation>
    </message>
    <message>
        <source>the file control&apos;s total debit {0} is not the sum of the batches&apos; ({1})</source>
        <translation>le total des débits du contrôle de fichier {0} n&apos;est pas la somme de ceux des lots ({1})</translation>
    </message>
    <message>
        <source>the file control&apos;s total credit {0} is not the sum of the batches&apos; ({1})</source>
        <translation>le total des crédits du contrôle de fichier {0} n&apos;est pas la somme de ceux des lots ({1})</translation>
    </message>
    <message>
        <source>config file not found: {0}</source>
        <extracomment>The text sizes a station may choose (per cent): normal, large, larger. Every screen follows. The window&apos;s languages a station may choose (&quot;&quot;: the PC&apos;s own language, English when not French).</extracomment>
        <translation>fichier de configuration introuvable : {0}</translation>
    </message>
    <message>
        <source>cannot read config file {0}: {1}</source>
        <translation>impossible de lire le fichier de configuration {0} : {1}</translation>
    </message>
    <message>
        <source>config file {0} is not valid TOML: {1}</source>
        <translation>le fichier de configuration {0} n&apos;est pas du TOML valide : {1}</translation>
    </message>
    <message>
        <source>config file {0}: [station] must be a table</source>
        <translation>fichier de configuration {0} : [station] doit être une table</translation>
    </message>
    <message>
        <source>config file {0}: unknown setting station.{1}</source>
        <translation>fichier de configuration {0} : paramètre inconnu station.{1}</translation>
    </message>
    <message>
        <source>config file {0}: station.{1} must be {2}, not {3}</source>
        <translation>fichier de configuration {0} : station.{1} doit être de type {2}, pas {3}</translation>
    </message>
    <message>
        <source>config file {0}: station.text_size must be one of {1}, not {2}</source>
        <translation>fichier de configuration {0} : station.text_size doit être l&apos;une des valeurs {1}, pas {2}</translation>
    </message>
    <message>
        <source>config file {0}: station.language must be &quot;en&quot;, &quot;fr&quot; or &quot;&quot; (the PC&apos;s language), not {1}</source>
        <translation>fichier de configuration {0} : station.language doit être &quot;en&quot;, &quot;fr&quot; ou &quot;&quot; (la langue du PC), pas {1}</translation>
    </message>
    <message>
        <source>config file {0}: station.receipt_language must be &quot;en&quot;, &quot;fr&quot; or &quot;&quot; (as the window), not {1}</source>
        <translation>fichier de configuration {0} : station.receipt_language doit être &quot;en&quot;, &quot;fr&quot; ou &quot;&quot; (comme la fenêtre), pas {1}</translation>
    </message>
    <message>
        <source>not a database URL: {0}</source>
        <translation>pas une URL de base de données : {0}</translation>
    </message>
    <message>
        <source>folder for the database does not exist: {0}</source>
        <translation>le dossier de la base de données n&apos;existe pas : {0}</translation>
    </message>
    <message>
        <source>unsupported database URL {0}: {1}</source>
        <translation>URL de base de données non prise en charge {0} : {1}</translation>
    </message>
    <message>
        <source>the database is newer than this app (schema {0}; this app knows up to {1}): install this app&apos;s newer version on this station</source>
        <translation>la base de données est plus récente que cette application (schéma {0} ; cette application connaît jusqu&apos;à {1}) : installez la version plus récente de l&apos;application sur ce poste</translation>
    </message>
    <message>
        <source>cannot open the database: {0}</source>
        <translation>impossible d&apos;ouvrir la base de données : {0}</translation>
    </message>
    <message>
        <source>the database is unreadable: {0}</source>
        <translation>la base de données est illisible : {0}</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <extracomment>Default largest amount a cashier may type for one field (configurable per call).</extracomment>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Les montants ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount; type digits like 12.50.</source>
        <translation>« {0} » n&apos;est pas un montant ; tapez des chiffres comme 12.50.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimals (cents).</source>
        <translation>Les montants ont au plus deux décimales (cents).</translation>
    </message>
    <message>
        <source>“{0}” is far too large an amount.</source>
        <translation>« {0} » est un montant beaucoup trop élevé.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount.</source>
        <translation>« {0} » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>Amounts above {0} are not accepted.</source>
        <translation>Les montants supérieurs à {0} ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>The amount must be more than $0.00.</source>
        <translation>Le montant doit être supérieur à $0.00.</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>no signed-in user</source>
        <translation>aucun utilisateur connecté</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{0} may not do this: it needs the {1} role</source>
        <translation>{0} ne peut pas faire ceci : il faut le rôle {1}</translation>
    </message>
    <message>
        <source>No account with id {0}.</source>
        <translation>Aucun compte avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>This approval was already used; the supervisor must approve again.</source>
        <translation>Cette approbation a déjà servi ; le superviseur doit approuver de nouveau.</translation>
    </message>
    <message>
        <source>This approval is for {0}, not {1}.</source>
        <translation>Cette approbation est pour {0}, pas pour {1}.</translation>
    </message>
    <message>
        <source>This approval was given for another cashier&apos;s action.</source>
        <translation>Cette approbation a été donnée pour l&apos;action d&apos;un autre caissier.</translation>
    </message>
    <message>
        <source>{0} is not a supervisor.</source>
        <translation>{0} n&apos;est pas superviseur.</translation>
    </message>
    <message>
        <source>A supervisor cannot approve their own action; ask another supervisor.</source>
        <translation>Un superviseur ne peut pas approuver sa propre action ; demandez à un autre superviseur.</translation>
    </message>
    <message>
        <source>backups here are for the SQLite database; back up PostgreSQL with pg_dump</source>
        <translation>les sauvegardes ici sont pour la base SQLite ; sauvegardez PostgreSQL avec pg_dump</translation>
    </message>
    <message>
        <source>the copy failed its check: {0}</source>
        <translation>la copie a échoué à sa vérification : {0}</translation>
    </message>
    <message>
        <source>no such file: {0}</source>
        <translation>fichier introuvable : {0}</translation>
    </message>
    <message>
        <source>integrity check failed: {0}</source>
        <translation>échec du contrôle d&apos;intégrité : {0}</translation>
    </message>
    <message>
        <source>not a SQLite database ({0})</source>
        <translation>pas une base de données SQLite ({0})</translation>
    </message>
    <message>
        <source>not a cashier database (missing {0})</source>
        <translation>pas une base de données de caisse ({0} manquant)</translation>
    </message>
    <message>
        <source>the backup file must not be the database itself</source>
        <translation>le fichier de sauvegarde ne doit pas être la base de données elle-même</translation>
    </message>
    <message>
        <source>refusing to restore {0}: {1}</source>
        <translation>restauration de {0} refusée : {1}</translation>
    </message>
    <message>
        <source>the backup file is the database itself; choose a backup</source>
        <translation>le fichier de sauvegarde est la base de données elle-même ; choisissez une sauvegarde</translation>
    </message>
    <message>
        <source>There is no batch {0}.</source>
        <translation>Il n&apos;y a pas de lot {0}.</translation>
    </message>
    <message>
        <source>The control total cannot be negative.</source>
        <translation>Le total de contrôle ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Batch {0} is closed; open a new batch.</source>
        <translation>Le lot {0} est fermé ; ouvrez un nouveau lot.</translation>
    </message>
    <message>
        <source>{0} is closed; mailed checks wait for the next business day.</source>
        <translation>La journée du {0} est clôturée ; les chèques postaux attendent la prochaine date d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Batch {0} is already closed.</source>
        <translation>Le lot {0} est déjà fermé.</translation>
    </message>
    <message>
        <source>Say why the drawer is opened (at least 3 characters).</source>
        <translation>Dites pourquoi le tiroir est ouvert (au moins 3 caractères).</translation>
    </message>
    <message>
        <source>Opening the drawer without a sale needs a supervisor&apos;s approval.</source>
        <translation>Ouvrir le tiroir sans vente exige l&apos;approbation d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>$100 bills</source>
        <translation>Billets de $100</translation>
    </message>
    <message>
        <source>$50 bills</source>
        <translation>Billets de $50</translation>
    </message>
    <message>
        <source>$20 bills</source>
        <translation>Billets de $20</translation>
    </message>
    <message>
        <source>$10 bills</source>
        <translation>Billets de $10</translation>
    </message>
    <message>
        <source>$5 bills</source>
        <translation>Billets de $5</translation>
    </message>
    <message>
        <source>$2 bills</source>
        <translation>Billets de $2</translation>
    </message>
    <message>
        <source>$1 bills</source>
        <translation>Billets de $1</translation>
    </message>
    <message>
        <source>Dollar coins</source>
        <translation>Pièces de 1 dollar</translation>
    </message>
    <message>
        <source>Half dollars</source>
        <translation>Demi-dollars</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Pièces de 25 cents</translation>
    </message>
    <message>
        <source>Dimes</source>
        <translation>Pièces de 10 cents</translation>
    </message>
    <message>
        <source>Nickels</source>
        <translation>Pièces de 5 cents</translation>
    </message>
    <message>
        <source>Pennies</source>
        <translation>Pièces de 1 cent</translation>
    </message>
    <message>
        <source>Rolls of quarters ($10)</source>
        <translation>Rouleaux de 25 cents ($10)</translation>
    </message>
    <message>
        <source>Rolls of dimes ($5)</source>
        <translation>Rouleaux de 10 cents ($5)</translation>
    </message>
    <message>
        <source>Rolls of nickels ($2)</source>
        <translation>Rouleaux de 5 cents ($2)</translation>
    </message>
    <message>
        <source>Rolls of pennies ($0.50)</source>
        <translation>Rouleaux de 1 cent ($0.50)</translation>
    </message>
    <message>
        <source>{0}: enter a whole number.</source>
        <translation>{0} : saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>{0}: a count cannot be negative.</source>
        <translation>{0} : un compte ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>{0}: enter a whole number (not {1}).</source>
        <translation>{0} : saisissez un nombre entier (pas {1}).</translation>
    </message>
    <message>
        <source>{0}: {1:,} is more than a drawer holds.</source>
        <translation>{0} : {1:,} dépasse ce que contient un tiroir.</translation>
    </message>
    <message>
        <source>Unknown cash unit {0}.</source>
        <translation>Unité d&apos;espèces inconnue {0}.</translation>
    </message>
    <message>
        <source>{0} has not come yet.</source>
        <translation>La journée du {0} n&apos;est pas encore arrivée.</translation>
    </message>
    <message>
        <source>{0} is already closed.</source>
        <translation>La journée du {0} est déjà clôturée.</translation>
    </message>
    <message>
        <source>Close every drawer of {0} first; still not closed: {1}.</source>
        <translation>Fermez d&apos;abord chaque tiroir de la journée du {0} ; pas encore fermés : {1}.</translation>
    </message>
    <message>
        <source>{0} was just closed by someone else.</source>
        <translation>La journée du {0} vient d&apos;être clôturée par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>A scan is of the signed form or of the voided check.</source>
        <translation>Une numérisation est celle du formulaire signé ou du chèque annulé.</translation>
    </message>
    <message>
        <source>{0} is {1:.1f} MB; a scan may be {2} MB at most (scan in grey at 200-300 dpi).</source>
        <translation>{0} fait {1:.1f} Mo ; une numérisation fait au plus {2} Mo (numérisez en gris à 200-300 ppp).</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}.</source>
        <translation>{0} ne peut pas être lu : {1}.</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} est vide.</translation>
    </message>
    <message>
        <source>{0} is not a PDF, PNG or JPEG file (by its content); scan the signed form to one of those.</source>
        <translation>{0} n&apos;est pas un fichier PDF, PNG ou JPEG (d&apos;après son contenu) ; numérisez le formulaire signé dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <source>{0} is not a PDF, PNG or JPEG file (by its content); scan the voided check to one of those.</source>
        <translation>{0} n&apos;est pas un fichier PDF, PNG ou JPEG (d&apos;après son contenu) ; numérisez le chèque annulé dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <source>That scan does not exist.</source>
        <translation>Cette numérisation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That scan does not match what was stored; it is not shown.</source>
        <translation>Cette numérisation ne correspond pas à ce qui a été enregistré ; elle n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>No bank-draft key on this station ({0}). Copy draft.key from the first station (docs/admin-guide.md, &apos;The bank-draft key&apos;).</source>
        <translation>Aucune clé de prélèvement bancaire sur ce poste ({0}). Copiez draft.key depuis le premier poste (docs/admin-guide.md, &apos;The bank-draft key&apos;).</translation>
    </message>
    <message>
        <source>The bank-draft key cannot be read ({0}): {1}.</source>
        <translation>La clé de prélèvement bancaire ne peut pas être lue ({0}) : {1}.</translation>
    </message>
    <message>
        <source>The bank-draft key file is empty ({0}).</source>
        <translation>Le fichier de clé de prélèvement bancaire est vide ({0}).</translation>
    </message>
    <message>
        <source>The bank-draft key file is damaged ({0}, line {1}).</source>
        <translation>Le fichier de clé de prélèvement bancaire est endommagé ({0}, ligne {1}).</translation>
    </message>
    <message>
        <source>This station&apos;s bank-draft key cannot read the stored bank account numbers: its draft.key is not the one they were encrypted with. Copy draft.key from the first station (docs/admin-guide.md, &apos;The bank-draft key&apos;).</source>
        <translation>La clé de prélèvement bancaire de ce poste ne peut pas lire les numéros de compte bancaire enregistrés : son draft.key n&apos;est pas celui avec lequel ils ont été chiffrés. Copiez draft.key depuis le premier poste (docs/admin-guide.md, &apos;The bank-draft key&apos;).</translation>
    </message>
    <message>
        <source>Type the name on the bank account as on the check.</source>
        <translation>Tapez le nom du titulaire du compte bancaire tel qu&apos;il figure sur le chèque.</translation>
    </message>
    <message>
        <source>The name on the bank account is longer than {0} characters.</source>
        <translation>Le nom du titulaire du compte bancaire dépasse {0} caractères.</translation>
    </message>
    <message>
        <source>The bank name is longer than {0} characters.</source>
        <translation>Le nom de la banque dépasse {0} caractères.</translation>
    </message>
    <message>
        <source>Type the bank account number a second time.</source>
        <translation>Tapez le numéro de compte bancaire une seconde fois.</translation>
    </message>
    <message>
        <source>The two entries of the bank account number differ ({0} and {1}); type it again from the check.</source>
        <translation>Les deux saisies du numéro de compte bancaire diffèrent ({0} et {1}) ; retapez-le à partir du chèque.</translation>
    </message>
    <message>
        <source>Tick when the signed authorization form is in hand; it is required.</source>
        <translation>Cochez quand le formulaire d&apos;autorisation signé est en main ; il est obligatoire.</translation>
    </message>
    <message>
        <source>Tick when the voided check is in hand; it is required.</source>
        <translation>Cochez quand le chèque annulé est en main ; il est obligatoire.</translation>
    </message>
    <message>
        <source>Type the routing number (9 digits, bottom left of the check).</source>
        <translation>Tapez le numéro d&apos;acheminement (9 chiffres, en bas à gauche du chèque).</translation>
    </message>
    <message>
        <source>A routing number has 9 digits.</source>
        <translation>Un numéro d&apos;acheminement a 9 chiffres.</translation>
    </message>
    <message>
        <source>The routing number {0} is not valid (check digit); type it from the check again.</source>
        <translation>Le numéro d&apos;acheminement {0} n&apos;est pas valide (chiffre de contrôle) ; retapez-le à partir du chèque.</translation>
    </message>
    <message>
        <source>The routing number {0} belongs to the U.S. Government, not to a customer&apos;s bank; a draft cannot be taken from it.</source>
        <translation>Le numéro d&apos;acheminement {0} appartient au gouvernement des États-Unis, pas à la banque d&apos;un client ; aucun prélèvement ne peut y être fait.</translation>
    </message>
    <message>
        <source>The routing number {0} is a traveler&apos;s check number, not a bank account&apos;s; a draft cannot be taken from it.</source>
        <translation>Le numéro d&apos;acheminement {0} est un numéro de chèque de voyage, pas celui d&apos;un compte bancaire ; aucun prélèvement ne peut y être fait.</translation>
    </message>
    <message>
        <source>The routing number {0} starts with a number the Federal Reserve does not assign; a draft cannot be taken from it.</source>
        <translation>Le numéro d&apos;acheminement {0} commence par un nombre que la Réserve fédérale n&apos;attribue pas ; aucun prélèvement ne peut y être fait.</translation>
    </message>
    <message>
        <source>Tick the account(s) to draft.</source>
        <translation>Cochez le ou les comptes à prélever.</translation>
    </message>
    <message>
        <source>One of the ticked accounts is not this customer&apos;s.</source>
        <translation>L&apos;un des comptes cochés n&apos;est pas celui de ce client.</translation>
    </message>
    <message>
        <source>Account {0} is final-billed; it cannot be drafted.</source>
        <translation>Le compte {0} a reçu sa facture finale ; il ne peut pas être prélevé.</translation>
    </message>
    <message>
        <source>Account {0} is closed; it cannot be drafted.</source>
        <translation>Le compte {0} est fermé ; il ne peut pas être prélevé.</translation>
    </message>
    <message>
        <source>Type the bank account number (after the routing number on the check).</source>
        <translation>Tapez le numéro de compte bancaire (après le numéro d&apos;acheminement sur le chèque).</translation>
    </message>
    <message>
        <source>A bank account number holds digits only (spaces and dashes are dropped).</source>
        <translation>Un numéro de compte bancaire ne contient que des chiffres (les espaces et les tirets sont supprimés).</translation>
    </message>
    <message>
        <source>The bank account number {0} has {1} digits; a bank account number has 4 to 17.</source>
        <translation>Le numéro de compte bancaire {0} a {1} chiffres ; un numéro de compte bancaire en a de 4 à 17.</translation>
    </message>
    <message>
        <source>Choose checking or savings.</source>
        <translation>Choisissez chèques ou épargne.</translation>
    </message>
    <message>
        <source>The City drafts checking accounts only; savings is not allowed here.</source>
        <translation>La Ville ne prélève que sur des comptes chèques ; l&apos;épargne n&apos;est pas permise ici.</translation>
    </message>
    <message>
        <source>A phone number has 10 digits (area code first), or leave it blank.</source>
        <translation>Un numéro de téléphone a 10 chiffres (indicatif régional d&apos;abord), ou laissez-le vide.</translation>
    </message>
    <message>
        <source>That is not an e-mail address (name@domain.com), or leave it blank.</source>
        <translation>Ce n&apos;est pas une adresse courriel (nom@domaine.com), ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Type the date the customer signed the form.</source>
        <translation>Tapez la date à laquelle le client a signé le formulaire.</translation>
    </message>
    <message>
        <source>The form cannot be signed after today ({0:%m/%d/%Y}).</source>
        <translation>Le formulaire ne peut pas être signé après aujourd&apos;hui ({0:%m/%d/%Y}).</translation>
    </message>
    <message>
        <source>The form was signed more than {0} days ago ({1:%m/%d/%Y}); ask the customer to sign a new one.</source>
        <translation>Le formulaire a été signé il y a plus de {0} jours ({1:%m/%d/%Y}) ; demandez au client d&apos;en signer un nouveau.</translation>
    </message>
    <message>
        <source>account {0} from the bank account ending {1}</source>
        <translation>compte {0} depuis le compte bancaire se terminant par {1}</translation>
    </message>
    <message>
        <source>Already drafted: {0}. Replace? The old enrollment ends and is kept.</source>
        <translation>Déjà prélevé : {0}. Remplacer ? L&apos;ancienne adhésion prend fin et est conservée.</translation>
    </message>
    <message>
        <source>Where the form is filed is longer than {0} characters.</source>
        <translation>L&apos;endroit où le formulaire est classé dépasse {0} caractères.</translation>
    </message>
    <message>
        <source>That customer has no account.</source>
        <translation>Ce client n&apos;a aucun compte.</translation>
    </message>
    <message>
        <source>Say why the draft is cancelled (for example: the customer asked at the counter).</source>
        <translation>Dites pourquoi le prélèvement est annulé (par exemple : le client l&apos;a demandé au comptoir).</translation>
    </message>
    <message>
        <source>This bank draft already ended on {0:%m/%d/%Y}.</source>
        <translation>Ce prélèvement bancaire a déjà pris fin le {0:%m/%d/%Y}.</translation>
    </message>
    <message>
        <source>Say where the signed form is filed.</source>
        <translation>Dites où le formulaire signé est classé.</translation>
    </message>
    <message>
        <source>A stored bank account number or scan ({0} row {1}) cannot be read with any key of this station&apos;s draft.key: the rotation stopped, nothing was lost (every row still reads as before). Copy the draft.key the numbers were encrypted with (docs/admin-guide.md, &apos;The bank-draft key&apos;).</source>
        <extracomment>(model, encrypted column, rows per batch): every ciphertext the key protects.</extracomment>
        <translation>Un numéro de compte bancaire ou une numérisation enregistré ({0} ligne {1}) ne peut être lu avec aucune clé du draft.key de ce poste : la rotation s&apos;est arrêtée, rien n&apos;est perdu (chaque ligne se lit comme avant). Copiez le draft.key avec lequel les numéros ont été chiffrés (docs/admin-guide.md, &apos;The bank-draft key&apos;).</translation>
    </message>
    <message>
        <source>Other stations keep writing bank account numbers with the old key: stop enrolling on them and run &apos;keys rotate&apos; again (draft.key still reads everything).</source>
        <translation>D&apos;autres postes écrivent encore des numéros de compte bancaire avec l&apos;ancienne clé : arrêtez les adhésions sur ces postes et relancez &apos;keys rotate&apos; (draft.key lit encore tout).</translation>
    </message>
    <message>
        <source>Set {0} before making a draft run ({1}).</source>
        <translation>Réglez {0} avant de faire un lot de prélèvements ({1}).</translation>
    </message>
    <message>
        <source>The setting {0} cannot go into the draft file: {1} ({2}).</source>
        <translation>Le paramètre {0} ne peut pas aller dans le fichier de prélèvements : {1} ({2}).</translation>
    </message>
    <message>
        <source>no draft entry has this trace number: check it with the bank</source>
        <translation>aucune écriture de prélèvement n&apos;a ce numéro de trace : vérifiez auprès de la banque</translation>
    </message>
    <message>
        <source>this entry was returned before: nothing done again</source>
        <translation>cette écriture a déjà été retournée : rien n&apos;est refait</translation>
    </message>
    <message>
        <source>this entry&apos;s run was voided: nothing was drafted</source>
        <translation>le lot de cette écriture a été annulé : rien n&apos;a été prélevé</translation>
    </message>
    <message>
        <source>the bank returned {0} but {1} was drafted: check it with the bank, then record it by hand</source>
        <translation>la banque a retourné {0} mais {1} a été prélevé : vérifiez auprès de la banque, puis enregistrez-le à la main</translation>
    </message>
    <message>
        <source>this correction was applied before: nothing done again</source>
        <translation>cette correction a déjà été appliquée : rien n&apos;est refait</translation>
    </message>
    <message>
        <source>Today&apos;s business date, {0}, is already closed: returns are applied on an open business date.</source>
        <translation>La date d&apos;exploitation d&apos;aujourd&apos;hui, {0}, est déjà clôturée : les retours s&apos;appliquent à une date d&apos;exploitation ouverte.</translation>
    </message>
    <message>
        <source>No active user {0}; give --supervisor USERNAME.</source>
        <translation>Aucun utilisateur actif {0} ; indiquez --supervisor USERNAME.</translation>
    </message>
    <message>
        <source>{0} is not a supervisor; give --supervisor USERNAME.</source>
        <translation>{0} n&apos;est pas superviseur ; indiquez --supervisor USERNAME.</translation>
    </message>
    <message>
        <source>The return file cannot be read ({0}): {1}.</source>
        <translation>Le fichier de retours ne peut pas être lu ({0}) : {1}.</translation>
    </message>
    <message>
        <source>{0} was not applied (nothing changed): line {1}: {2}.</source>
        <translation>{0} n&apos;a pas été appliqué (rien n&apos;a changé) : ligne {1} : {2}.</translation>
    </message>
    <message>
        <source>{0} holds no return and no correction: nothing to apply.</source>
        <translation>{0} ne contient aucun retour ni aucune correction : rien à appliquer.</translation>
    </message>
    <message>
        <source>Enter the draft&apos;s trace number: 15 digits, as on the run&apos;s report.</source>
        <translation>Saisissez le numéro de trace du prélèvement : 15 chiffres, comme sur le rapport du lot.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s return reason code, R01 to R85 (for example R01).</source>
        <translation>Saisissez le code de motif de retour de la banque, R01 à R85 (par exemple R01).</translation>
    </message>
    <message>
        <source>No draft entry has the trace number {0}.</source>
        <translation>Aucun prélèvement n&apos;a le numéro de trace {0}.</translation>
    </message>
    <message>
        <source>Trace number {0}: {1}.</source>
        <translation>Numéro de trace {0} : {1}.</translation>
    </message>
    <message>
        <source>There is no draft run {0}.</source>
        <translation>Il n&apos;y a pas de lot de prélèvements {0}.</translation>
    </message>
    <message>
        <source>Enter the reason for voiding the run.</source>
        <translation>Saisissez le motif de l&apos;annulation du lot.</translation>
    </message>
    <message>
        <source>Draft run {0} was sent to the bank: it can no longer be voided.</source>
        <translation>Le lot de prélèvements {0} a été envoyé à la banque : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Draft run {0} is already voided.</source>
        <translation>Le lot de prélèvements {0} est déjà annulé.</translation>
    </message>
    <message>
        <source>{0} is closed: void the run on the next business day.</source>
        <translation>La journée du {0} est clôturée : annulez le lot à la prochaine date d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Draft run {0} is already marked sent.</source>
        <translation>Le lot de prélèvements {0} est déjà marqué envoyé.</translation>
    </message>
    <message>
        <source>Draft run {0} is voided: it must not be sent.</source>
        <translation>Le lot de prélèvements {0} est annulé : il ne doit pas être envoyé.</translation>
    </message>
    <message>
        <source>the bill of {0} is drafted {1} days after its bill date (less than {2}: the customer may not have had the bill in time)</source>
        <translation>la facture du {0} est prélevée {1} jours après sa date (moins de {2} : le client ne l&apos;a peut-être pas reçue à temps)</translation>
    </message>
    <message>
        <source>Choose where to save the draft file.</source>
        <translation>Choisissez où enregistrer le fichier de prélèvements.</translation>
    </message>
    <message>
        <source>{0} already exists; a draft file is never overwritten: choose another name.</source>
        <translation>{0} existe déjà ; un fichier de prélèvements n&apos;est jamais écrasé : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter the draft date of the bills to draft.</source>
        <translation>Saisissez la date de prélèvement des factures à prélever.</translation>
    </message>
    <message>
        <source>The draft date {0} has passed; a run is made before the draft date.</source>
        <translation>La date de prélèvement {0} est passée ; un lot se fait avant la date de prélèvement.</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <source>{0} is closed: its payments are counted; make the run on the next business day.</source>
        <translation>La journée du {0} est clôturée : ses paiements sont comptés ; faites le lot à la prochaine date d&apos;exploitation.</translation>
    </message>
    <message>
        <source>No draft file for {0}: nothing is due on the {1} bills with that draft date.</source>
        <translation>Pas de fichier de prélèvements pour le {0} : rien n&apos;est dû sur les {1} factures ayant cette date de prélèvement.</translation>
    </message>
    <message>
        <source>No draft file for {0}: its {2} bills are already in a run (void that run to draft them again).</source>
        <translation>Pas de fichier de prélèvements pour le {0} : ses {2} factures sont déjà dans un lot (annulez ce lot pour les prélever de nouveau).</translation>
    </message>
    <message>
        <source>No draft file for {0}: no bill of an enrolled account has that draft date, and no prenote is waiting.</source>
        <translation>Pas de fichier de prélèvements pour le {0} : aucune facture d&apos;un compte adhérent n&apos;a cette date de prélèvement, et aucune prénotification n&apos;attend.</translation>
    </message>
    <message>
        <source>The draft file cannot be made: {0}</source>
        <translation>Le fichier de prélèvements ne peut pas être fait : {0}</translation>
    </message>
    <message>
        <source>This database already holds bank account numbers: copy draft.key from the first station to {0} (docs/admin-guide.md, &apos;The bank-draft key&apos;); no new key was made.</source>
        <translation>Cette base de données contient déjà des numéros de compte bancaire : copiez draft.key du premier poste vers {0} (docs/admin-guide.md, &apos;The bank-draft key&apos;) ; aucune nouvelle clé n&apos;a été créée.</translation>
    </message>
    <message>
        <source>{0} cannot read this database&apos;s bank account numbers: it is not the first station&apos;s draft.key (docs/admin-guide.md, &apos;The bank-draft key&apos;).</source>
        <translation>{0} ne peut pas lire les numéros de compte bancaire de cette base de données : ce n&apos;est pas le draft.key du premier poste (docs/admin-guide.md, &apos;The bank-draft key&apos;).</translation>
    </message>
    <message>
        <source>That drawer session does not exist.</source>
        <translation>Cette session de tiroir n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This drawer session is {0}: a pick-up is no longer possible.</source>
        <translation>Cette session de tiroir est {0} : une remise au coffre n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>This drawer session is {0}: counting is no longer possible.</source>
        <translation>Cette session de tiroir est {0} : le comptage n&apos;est plus possible.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptée</translation>
    </message>
    <message>
        <source>A supervisor must approve this.</source>
        <translation>Un superviseur doit approuver ceci.</translation>
    </message>
    <message>
        <source>A supervisor cannot approve their own drawer; ask another supervisor.</source>
        <translation>Un superviseur ne peut pas approuver son propre tiroir ; demandez à un autre superviseur.</translation>
    </message>
    <message>
        <source>You already have a drawer session at {0} ({1}, {2}); count and close it first.</source>
        <translation>Vous avez déjà une session de tiroir au poste {0} ({1}, {2}) ; comptez-la et fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>{0} is closed; no drawer can open for it.</source>
        <translation>La journée du {0} est clôturée ; aucun tiroir ne peut s&apos;ouvrir pour elle.</translation>
    </message>
    <message>
        <source>You already have a drawer session at this station.</source>
        <translation>Vous avez déjà une session de tiroir à ce poste.</translation>
    </message>
    <message>
        <source>Only the session&apos;s cashier or a supervisor may do this.</source>
        <translation>Seul le caissier de la session ou un superviseur peut faire ceci.</translation>
    </message>
    <message>
        <source>Enter the cash taken out, by bill and coin.</source>
        <translation>Saisissez les espèces retirées, par billet et par pièce.</translation>
    </message>
    <message>
        <source>Only the drawer&apos;s cashier or a supervisor may record a pick-up.</source>
        <translation>Seul le caissier du tiroir ou un superviseur peut enregistrer une remise au coffre.</translation>
    </message>
    <message>
        <source>The drawer should hold only {0} in cash; a pick-up of {1} is more than that.</source>
        <translation>Le tiroir ne devrait contenir que {0} en espèces ; une remise au coffre de {1} dépasse ce montant.</translation>
    </message>
    <message>
        <source>Number of checks</source>
        <translation>Nombre de chèques</translation>
    </message>
    <message>
        <source>Checks total: {0}</source>
        <translation>Total des chèques : {0}</translation>
    </message>
    <message>
        <source>Number of money orders</source>
        <translation>Nombre de mandats</translation>
    </message>
    <message>
        <source>Money orders total: {0}</source>
        <translation>Total des mandats : {0}</translation>
    </message>
    <message>
        <source>{0}: a total without any item; enter how many there are.</source>
        <translation>{0} : un total sans aucun article ; saisissez combien il y en a.</translation>
    </message>
    <message>
        <source>Only the drawer&apos;s cashier (or a supervisor) counts this drawer.</source>
        <translation>Seul le caissier du tiroir (ou un superviseur) compte ce tiroir.</translation>
    </message>
    <message>
        <source>Item {0} is not one of this drawer&apos;s checks or money orders.</source>
        <translation>L&apos;article {0} n&apos;est pas un des chèques ou mandats de ce tiroir.</translation>
    </message>
    <message>
        <source>Write a note on the difference before approving it.</source>
        <translation>Écrivez une note sur l&apos;écart avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Only a counted drawer waiting for approval can be approved (this one is {0}).</source>
        <translation>Seul un tiroir compté en attente d&apos;approbation peut être approuvé (celui-ci est {0}).</translation>
    </message>
    <message>
        <source>You counted this drawer for its cashier: another supervisor approves its difference.</source>
        <translation>Vous avez compté ce tiroir pour son caissier : un autre superviseur approuve son écart.</translation>
    </message>
    <message>
        <source>Open your drawer session (count the opening float) before taking payments.</source>
        <translation>Ouvrez votre session de tiroir (comptez le fonds de caisse) avant de prendre des paiements.</translation>
    </message>
    <message>
        <source>Your drawer is counted: it takes no more payments. Open a new session once a supervisor has closed it.</source>
        <translation>Votre tiroir est compté : il ne prend plus de paiements. Ouvrez une nouvelle session une fois qu&apos;un superviseur l&apos;a fermé.</translation>
    </message>
    <message>
        <source>Your drawer session is for {0}; count and close it, then open today&apos;s.</source>
        <translation>Votre session de tiroir est celle du {0} ; comptez-la et fermez-la, puis ouvrez celle d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The reader could not read part of the check; run it through again or type the numbers.</source>
        <translation>Le lecteur n&apos;a pas pu lire une partie du chèque ; repassez-le ou tapez les numéros.</translation>
    </message>
    <message>
        <source>{0} is not part of a check&apos;s MICR line; run the check through the reader again.</source>
        <translation>{0} ne fait pas partie de la ligne MICR d&apos;un chèque ; repassez le chèque dans le lecteur.</translation>
    </message>
    <message>
        <source>The {0} is not clear on this line; type the numbers instead.</source>
        <translation>Le {0} n&apos;est pas net sur cette ligne ; tapez plutôt les numéros.</translation>
    </message>
    <message>
        <source>Cannot tell the account number from the check number; type them instead.</source>
        <translation>Impossible de distinguer le numéro de compte du numéro de chèque ; tapez-les plutôt.</translation>
    </message>
    <message>
        <source>Nothing was read; run the check through the reader.</source>
        <translation>Rien n&apos;a été lu ; passez le chèque dans le lecteur.</translation>
    </message>
    <message>
        <source>That is too long for a check&apos;s MICR line.</source>
        <translation>C&apos;est trop long pour la ligne MICR d&apos;un chèque.</translation>
    </message>
    <message>
        <source>The amount field on this line is incomplete; run the check through again.</source>
        <translation>Le champ du montant sur cette ligne est incomplet ; repassez le chèque.</translation>
    </message>
    <message>
        <source>This line has two routing numbers; run the check through again or type the numbers.</source>
        <translation>Cette ligne a deux numéros d&apos;acheminement ; repassez le chèque ou tapez les numéros.</translation>
    </message>
    <message>
        <source>No 9-digit routing number between transit symbols on this line; run the check through again or type the numbers.</source>
        <translation>Aucun numéro d&apos;acheminement à 9 chiffres entre les symboles de transit sur cette ligne ; repassez le chèque ou tapez les numéros.</translation>
    </message>
    <message>
        <source>The routing number {0} is not valid (check digit); type it from the check.</source>
        <translation>Le numéro d&apos;acheminement {0} n&apos;est pas valide (chiffre de contrôle) ; tapez-le à partir du chèque.</translation>
    </message>
    <message>
        <source>This line has extra transit symbols; run the check through again.</source>
        <translation>Cette ligne a des symboles de transit en trop ; repassez le chèque.</translation>
    </message>
    <message>
        <source>No bank account number (4 to 17 digits) after the routing number; type it from the check.</source>
        <translation>Aucun numéro de compte bancaire (4 à 17 chiffres) après le numéro d&apos;acheminement ; tapez-le à partir du chèque.</translation>
    </message>
    <message>
        <source>The check number is longer than 15 digits; type it from the check.</source>
        <translation>Le numéro de chèque dépasse 15 chiffres ; tapez-le à partir du chèque.</translation>
    </message>
    <message>
        <source>Unknown tender {0}.</source>
        <translation>Règlement inconnu {0}.</translation>
    </message>
    <message>
        <source>A tender must be more than $0.00.</source>
        <translation>Un règlement doit être supérieur à $0.00.</translation>
    </message>
    <message>
        <source>A tender above {0} is not accepted.</source>
        <translation>Un règlement supérieur à {0} n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>A check needs its check number (digits only).</source>
        <translation>Un chèque a besoin de son numéro de chèque (chiffres seulement).</translation>
    </message>
    <message>
        <source>The routing number is not valid (check digit).</source>
        <translation>Le numéro d&apos;acheminement n&apos;est pas valide (chiffre de contrôle).</translation>
    </message>
    <message>
        <source>The bank account number is 4 to 17 digits.</source>
        <translation>Le numéro de compte bancaire a de 4 à 17 chiffres.</translation>
    </message>
    <message>
        <source>A money order needs its serial number.</source>
        <translation>Un mandat a besoin de son numéro de série.</translation>
    </message>
    <message>
        <source>The payment has no client token.</source>
        <translation>Le paiement n&apos;a pas de jeton client.</translation>
    </message>
    <message>
        <source>Choose at least one account to pay.</source>
        <translation>Choisissez au moins un compte à payer.</translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation>Ce compte n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The same account is listed twice.</source>
        <translation>Le même compte figure deux fois.</translation>
    </message>
    <message>
        <source>The amount applied must be more than $0.00.</source>
        <translation>Le montant appliqué doit être supérieur à $0.00.</translation>
    </message>
    <message>
        <source>Enter how the customer pays.</source>
        <translation>Saisissez comment le client paie.</translation>
    </message>
    <message>
        <source>Account {0} is cash only: checks are not accepted.</source>
        <translation>Le compte {0} est en espèces seulement : les chèques ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Tendered {0} is less than the total {1}.</source>
        <translation>Le montant remis, {0}, est inférieur au total {1}.</translation>
    </message>
    <message>
        <source>Change is given only from cash: apply the extra to an account instead.</source>
        <translation>La monnaie n&apos;est rendue que sur les espèces : appliquez plutôt le surplus à un compte.</translation>
    </message>
    <message>
        <source>This leaves a credit of {0} on account {1}; confirm to accept</source>
        <translation>Cela laisse un crédit de {0} sur le compte {1} ; confirmez pour accepter</translation>
    </message>
    <message>
        <source>{0} already exists; choose another file name (nothing was exported).</source>
        <translation>{0} existe déjà ; choisissez un autre nom de fichier (rien n&apos;a été exporté).</translation>
    </message>
    <message>
        <source>The folder {0} does not exist (nothing was exported).</source>
        <translation>Le dossier {0} n&apos;existe pas (rien n&apos;a été exporté).</translation>
    </message>
    <message>
        <source>{0} is not closed yet: close the day before exporting its payments.</source>
        <translation>La journée du {0} n&apos;est pas encore clôturée : clôturez la journée avant d&apos;exporter ses paiements.</translation>
    </message>
    <message>
        <source>{0} was already exported ({1}, by {2}, {3} rows, file {4}).</source>
        <translation>La journée du {0} a déjà été exportée ({1}, par {2}, {3} lignes, fichier {4}).</translation>
    </message>
    <message>
        <source>{0} Nothing was written. To send it again, export it as a re-export (--again).</source>
        <translation>{0} Rien n&apos;a été écrit. Pour l&apos;envoyer de nouveau, exportez-la comme une réexportation (--again).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No receipt {0}.</source>
        <translation>Aucun reçu {0}.</translation>
    </message>
    <message>
        <source>No print job {0}.</source>
        <translation>Aucune impression {0}.</translation>
    </message>
    <message>
        <source>That receipt is printed or being printed; use Reprint for a copy.</source>
        <translation>Ce reçu est imprimé ou en cours d&apos;impression ; utilisez Réimprimer pour une copie.</translation>
    </message>
    <message>
        <source>Choose another station&apos;s printer.</source>
        <translation>Choisissez l&apos;imprimante d&apos;un autre poste.</translation>
    </message>
    <message>
        <source>The note is longer than {0} characters.</source>
        <translation>La note dépasse {0} caractères.</translation>
    </message>
    <message>
        <source>The reason is longer than {0} characters.</source>
        <translation>Le motif dépasse {0} caractères.</translation>
    </message>
    <message>
        <source>Enter a check number, an account number or the check&apos;s amount.</source>
        <translation>Saisissez un numéro de chèque, un numéro de compte ou le montant du chèque.</translation>
    </message>
    <message>
        <source>That is too long for a check or account number.</source>
        <translation>C&apos;est trop long pour un numéro de chèque ou de compte.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s reason for the return (for example: NSF).</source>
        <translation>Saisissez le motif du retour donné par la banque (par exemple : NSF).</translation>
    </message>
    <message>
        <source>That check does not exist.</source>
        <translation>Ce chèque n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That tender of receipt {0} is {1}, not a check: only checks can be returned.</source>
        <translation>Ce règlement du reçu {0} est {1}, pas un chèque : seuls les chèques peuvent être retournés.</translation>
    </message>
    <message>
        <source>Receipt {0} was voided: its check was never deposited and cannot be returned.</source>
        <translation>Le reçu {0} a été annulé : son chèque n&apos;a jamais été déposé et ne peut pas être retourné.</translation>
    </message>
    <message>
        <source>Check {0} of receipt {1} is already recorded as returned.</source>
        <translation>Le chèque {0} du reçu {1} est déjà enregistré comme retourné.</translation>
    </message>
    <message>
        <source>Receipt {0} is from {1}, which is not closed yet: void the payment instead of recording a returned check.</source>
        <translation>Le reçu {0} date du {1}, qui n&apos;est pas encore clôturé : annulez le paiement au lieu d&apos;enregistrer un chèque retourné.</translation>
    </message>
    <message>
        <source>You took receipt {0} yourself: another supervisor must record its returned check.</source>
        <translation>Vous avez pris le reçu {0} vous-même : un autre superviseur doit enregistrer son chèque retourné.</translation>
    </message>
    <message>
        <source>Today&apos;s business date, {0}, is already closed: a returned check is recorded on an open business date.</source>
        <translation>La date d&apos;exploitation d&apos;aujourd&apos;hui, {0}, est déjà clôturée : un chèque retourné s&apos;enregistre à une date d&apos;exploitation ouverte.</translation>
    </message>
    <message>
        <source>Receipt {0} has no account to charge.</source>
        <translation>Le reçu {0} n&apos;a aucun compte à débiter.</translation>
    </message>
    <message>
        <source>That returned check was just recorded.</source>
        <translation>Ce chèque retourné vient d&apos;être enregistré.</translation>
    </message>
    <message>
        <source>That returned check does not exist.</source>
        <translation>Ce chèque retourné n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{0} must be an amount such as {1}</source>
        <translation>{0} doit être un montant comme {1}</translation>
    </message>
    <message>
        <source>{0} must be a whole number</source>
        <translation>{0} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{0} cannot be negative</source>
        <translation>{0} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{0} must be one of: {1}</source>
        <translation>{0} doit être l&apos;une des valeurs : {1}</translation>
    </message>
    <message>
        <source>{0} must be a list of text lines</source>
        <translation>{0} doit être une liste de lignes de texte</translation>
    </message>
    <message>
        <source>{0} must be text</source>
        <translation>{0} doit être du texte</translation>
    </message>
    <message>
        <source>unknown setting {0}</source>
        <translation>paramètre inconnu {0}</translation>
    </message>
    <message>
        <source>{0}: {1} is not a valid value (a number, or a JSON list of lines)</source>
        <translation>{0} : {1} n&apos;est pas une valeur valide (un nombre, ou une liste JSON de lignes)</translation>
    </message>
    <message>
        <source>{0} cannot be read as a database: {1}</source>
        <translation>{0} ne peut pas être lu comme une base de données : {1}</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>Le port est un nombre de 1 à 65535 (celui de PostgreSQL est habituellement 5432).</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address (e.g. dbhost or 192.168.1.20).</source>
        <translation>Tapez le nom ou l&apos;adresse du serveur (p. ex. dbhost ou 192.168.1.20).</translation>
    </message>
    <message>
        <source>Type the database&apos;s name (e.g. cashier).</source>
        <translation>Tapez le nom de la base de données (p. ex. cashier).</translation>
    </message>
    <message>
        <source>Type the PostgreSQL user name the stations connect as (e.g. cashier).</source>
        <translation>Tapez le nom d&apos;utilisateur PostgreSQL avec lequel les postes se connectent (p. ex. cashier).</translation>
    </message>
    <message>
        <source>The server refused the password of user {0}: check the password (and the user name).</source>
        <translation>Le serveur a refusé le mot de passe de l&apos;utilisateur {0} : vérifiez le mot de passe (et le nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>The server has no user {0}.</source>
        <translation>Le serveur n&apos;a pas d&apos;utilisateur {0}.</translation>
    </message>
    <message>
        <source>The server has no database {0}: check its name, or ask for it to be created (CREATE DATABASE).</source>
        <translation>Le serveur n&apos;a pas de base de données {0} : vérifiez son nom, ou demandez qu&apos;elle soit créée (CREATE DATABASE).</translation>
    </message>
    <message>
        <source>User {0} may not use database {1}.</source>
        <translation>L&apos;utilisateur {0} ne peut pas utiliser la base de données {1}.</translation>
    </message>
    <message>
        <source>No computer named {0} was found on the network: check the server&apos;s name.</source>
        <translation>Aucun ordinateur nommé {0} n&apos;a été trouvé sur le réseau : vérifiez le nom du serveur.</translation>
    </message>
    <message>
        <source>{0} answers, but no database server listens on port {1}: check the port, and that PostgreSQL runs there.</source>
        <translation>{0} répond, mais aucun serveur de base de données n&apos;écoute sur le port {1} : vérifiez le port, et que PostgreSQL y tourne.</translation>
    </message>
    <message>
        <source>{0} answers on port {1}, but not as a PostgreSQL server: check the port.</source>
        <translation>{0} répond sur le port {1}, mais pas comme un serveur PostgreSQL : vérifiez le port.</translation>
    </message>
    <message>
        <source>{0} is unreachable: no answer within {1} seconds (network, firewall, or the server is off).</source>
        <translation>{0} est injoignable : aucune réponse en {1} secondes (réseau, pare-feu, ou le serveur est éteint).</translation>
    </message>
    <message>
        <source>The server does not let this PC in (its pg_hba.conf has no entry for it): {0}</source>
        <translation>Le serveur n&apos;accepte pas ce PC (son pg_hba.conf n&apos;a pas d&apos;entrée pour lui) : {0}</translation>
    </message>
    <message>
        <source>Cannot connect to {0}: {1}</source>
        <translation>Impossible de se connecter à {0} : {1}</translation>
    </message>
    <message>
        <source>{0} holds tables of another program: choose an empty database, or the cashier app&apos;s own.</source>
        <translation>{0} contient les tables d&apos;un autre programme : choisissez une base de données vide, ou celle de l&apos;application de caisse.</translation>
    </message>
    <message>
        <source>The database is newer than this app (schema {0}; this app knows up to {1}): install this app&apos;s newer version on this station.</source>
        <translation>La base de données est plus récente que cette application (schéma {0} ; cette application connaît jusqu&apos;à {1}) : installez la version plus récente de l&apos;application sur ce poste.</translation>
    </message>
    <message>
        <source>Test page not printed: {0}</source>
        <translation>Page de test non imprimée : {0}</translation>
    </message>
    <message>
        <source>Test page not finished: {0}</source>
        <translation>Page de test inachevée : {0}</translation>
    </message>
    <message>
        <source>Test page printed: {0} ({1})</source>
        <translation>Page de test imprimée : {0} ({1})</translation>
    </message>
    <message>
        <source>Test page printed: {0}</source>
        <translation>Page de test imprimée : {0}</translation>
    </message>
    <message>
        <source>The drawer did not open: {0}</source>
        <translation>Le tiroir ne s&apos;est pas ouvert : {0}</translation>
    </message>
    <message>
        <source>Drawer opened through {0}.</source>
        <translation>Tiroir ouvert par {0}.</translation>
    </message>
    <message>
        <source>No file {0}.</source>
        <translation>Aucun fichier {0}.</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1}).</source>
        <translation>{0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <source>{0} is not an audit key (an audit.key holds one line of hexadecimal digits).</source>
        <translation>{0} n&apos;est pas une clé d&apos;audit (un audit.key contient une ligne de chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>This PC already has an audit key ({0}); it is kept and never replaced. Choose to keep it, or move it away first.</source>
        <translation>Ce PC a déjà une clé d&apos;audit ({0}) ; elle est conservée et jamais remplacée. Choisissez de la garder, ou déplacez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The audit key already on this PC ({0}) does not match this database&apos;s audit trail: it is not the first station&apos;s audit.key.</source>
        <translation>La clé d&apos;audit déjà sur ce PC ({0}) ne correspond pas à la piste d&apos;audit de cette base de données : ce n&apos;est pas l&apos;audit.key du premier poste.</translation>
    </message>
    <message>
        <source>audit.key: kept ({0})</source>
        <translation>audit.key : conservé ({0})</translation>
    </message>
    <message>
        <source>This database is already used by another station: copy the first station&apos;s audit.key (Choose file…).</source>
        <translation>Cette base de données est déjà utilisée par un autre poste : copiez l&apos;audit.key du premier poste (Choisir un fichier…).</translation>
    </message>
    <message>
        <source>audit.key: made ({0})</source>
        <translation>audit.key : créé ({0})</translation>
    </message>
    <message>
        <source>{0} does not match this database&apos;s audit trail: it is not the audit.key of the station that set the database up.</source>
        <translation>{0} ne correspond pas à la piste d&apos;audit de cette base de données : ce n&apos;est pas l&apos;audit.key du poste qui a créé la base de données.</translation>
    </message>
    <message>
        <source>audit.key: copied from {0} to {1}</source>
        <translation>audit.key : copié de {0} vers {1}</translation>
    </message>
    <message>
        <source>This PC already has a bank-draft key ({0}); it is kept and never replaced. Choose to keep it, or move it away first.</source>
        <translation>Ce PC a déjà une clé de prélèvement bancaire ({0}) ; elle est conservée et jamais remplacée. Choisissez de la garder, ou déplacez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This database is already used by another station: copy the first station&apos;s draft.key (Choose file…).</source>
        <translation>Cette base de données est déjà utilisée par un autre poste : copiez le draft.key du premier poste (Choisir un fichier…).</translation>
    </message>
    <message>
        <source>draft.key: made ({0})</source>
        <translation>draft.key : créé ({0})</translation>
    </message>
    <message>
        <source>{0} cannot read this database&apos;s bank account numbers: it is not the first station&apos;s draft.key.</source>
        <translation>{0} ne peut pas lire les numéros de compte bancaire de cette base de données : ce n&apos;est pas le draft.key du premier poste.</translation>
    </message>
    <message>
        <source>draft.key: kept ({0})</source>
        <translation>draft.key : conservé ({0})</translation>
    </message>
    <message>
        <source>draft.key: copied from {0} to {1}</source>
        <translation>draft.key : copié de {0} vers {1}</translation>
    </message>
    <message>
        <source>A station name is 1 to 40 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. S2 or Front desk 2).</source>
        <translation>Un nom de poste compte de 1 à 40 lettres, chiffres, espaces, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (p. ex. S2 ou Accueil 2).</translation>
    </message>
    <message>
        <source>A receipt prefix is 1 to 8 letters or digits (receipts read PREFIX-000123).</source>
        <translation>Un préfixe de reçu compte de 1 à 8 lettres ou chiffres (les reçus se lisent PREFIX-000123).</translation>
    </message>
    <message>
        <source>Station {0} is already set up in this database (receipt prefix {1}): give this station another name.</source>
        <translation>Le poste {0} est déjà configuré dans cette base de données (préfixe de reçu {1}) : donnez un autre nom à ce poste.</translation>
    </message>
    <message>
        <source>Station {0} already prints receipts {1}-…: give this station another receipt prefix.</source>
        <translation>Le poste {0} imprime déjà les reçus {1}-… : donnez un autre préfixe de reçu à ce poste.</translation>
    </message>
    <message>
        <source>A user name is 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nom d&apos;utilisateur compte de 1 à 40 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Station {0} (receipt prefix {1}) is already set up in this database.</source>
        <translation>Le poste {0} (préfixe de reçu {1}) est déjà configuré dans cette base de données.</translation>
    </message>
    <message>
        <source>The station config could not be written ({0}).</source>
        <translation>La configuration du poste n&apos;a pas pu être écrite ({0}).</translation>
    </message>
    <message>
        <source>Give the whole path of the folder (e.g. C:\Receipts or /srv/receipts).</source>
        <translation>Indiquez le chemin complet du dossier (p. ex. C:\Receipts ou /srv/receipts).</translation>
    </message>
    <message>
        <source>The folder cannot be made: {0}.</source>
        <translation>Le dossier ne peut pas être créé : {0}.</translation>
    </message>
    <message>
        <source>This station cannot write in that folder.</source>
        <translation>Ce poste ne peut pas écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>The text size is one of {0} per cent.</source>
        <translation>La taille du texte est l&apos;une des valeurs {0} pour cent.</translation>
    </message>
    <message>
        <source>The language is &quot;en&quot;, &quot;fr&quot; or &quot;&quot; (the PC&apos;s language).</source>
        <translation>La langue est &quot;en&quot;, &quot;fr&quot; ou &quot;&quot; (la langue du PC).</translation>
    </message>
    <message>
        <source>The receipt language is &quot;en&quot;, &quot;fr&quot; or &quot;&quot; (as the window).</source>
        <translation>La langue des reçus est &quot;en&quot;, &quot;fr&quot; ou &quot;&quot; (comme la fenêtre).</translation>
    </message>
    <message>
        <source>Station {0} is not set up; run &apos;cashier-app init&apos; or ask an administrator.</source>
        <translation>Le poste {0} n&apos;est pas configuré ; lancez &apos;cashier-app init&apos; ou demandez à un administrateur.</translation>
    </message>
    <message>
        <source>This is not a City of Shelby bill stub.</source>
        <translation>Ce n&apos;est pas un talon de facture de la Ville de Shelby.</translation>
    </message>
    <message>
        <source>This bill stub&apos;s barcode ({0}) is from an unknown format.</source>
        <translation>Le code-barres de ce talon de facture ({0}) est d&apos;un format inconnu.</translation>
    </message>
    <message>
        <source>The stub did not scan cleanly (letters in the number); scan it again or type the account.</source>
        <translation>Le talon n&apos;a pas été lu proprement (des lettres dans le numéro) ; relisez-le ou tapez le compte.</translation>
    </message>
    <message>
        <source>The stub did not scan cleanly (account length); scan it again or type the account.</source>
        <translation>Le talon n&apos;a pas été lu proprement (longueur du compte) ; relisez-le ou tapez le compte.</translation>
    </message>
    <message>
        <source>The stub did not scan completely (wrong length); scan it again or type the account.</source>
        <translation>Le talon n&apos;a pas été lu entièrement (mauvaise longueur) ; relisez-le ou tapez le compte.</translation>
    </message>
    <message>
        <source>The stub did not scan cleanly (check digit); scan it again or type the account.</source>
        <translation>Le talon n&apos;a pas été lu proprement (chiffre de contrôle) ; relisez-le ou tapez le compte.</translation>
    </message>
    <message>
        <source>The stub&apos;s due date {0} is not a date.</source>
        <translation>La date d&apos;échéance du talon {0} n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Account number {0} cannot go on a stub barcode (digits only).</source>
        <translation>Le numéro de compte {0} ne peut pas figurer sur un code-barres de talon (chiffres seulement).</translation>
    </message>
    <message>
        <source>Amount due {0} cannot go on a stub barcode.</source>
        <translation>Le montant dû {0} ne peut pas figurer sur un code-barres de talon.</translation>
    </message>
    <message>
        <source>A password needs at least {0} characters.</source>
        <translation>Un mot de passe doit compter au moins {0} caractères.</translation>
    </message>
    <message>
        <source>That password is among the most common ones; choose another.</source>
        <translation>Ce mot de passe est parmi les plus courants ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A password must not contain the user name.</source>
        <translation>Un mot de passe ne doit pas contenir le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A password needs more different characters.</source>
        <translation>Un mot de passe doit compter plus de caractères différents.</translation>
    </message>
    <message>
        <source>roles must be among {0}; got {1}</source>
        <translation>les rôles doivent être parmi {0} ; reçu {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>User {0} already exists.</source>
        <translation>L&apos;utilisateur {0} existe déjà.</translation>
    </message>
    <message>
        <source>Users already exist; add more with &apos;cashier-app user add&apos;.</source>
        <translation>Des utilisateurs existent déjà ; ajoutez-en avec &apos;cashier-app user add&apos;.</translation>
    </message>
    <message>
        <source>User {0} is already disabled.</source>
        <translation>L&apos;utilisateur {0} est déjà désactivé.</translation>
    </message>
    <message>
        <source>User {0} is not locked.</source>
        <translation>L&apos;utilisateur {0} n&apos;est pas verrouillé.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d&apos;administrateur.</translation>
    </message>
    <message>
        <source>No user named {0}.</source>
        <translation>Aucun utilisateur nommé {0}.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>This user is locked after too many failed sign-ins; ask an administrator.</source>
        <translation>Cet utilisateur est verrouillé après trop d&apos;échecs de connexion ; demandez à un administrateur.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this user is now locked; ask an administrator.</source>
        <translation>Trop d&apos;échecs de connexion : cet utilisateur est maintenant verrouillé ; demandez à un administrateur.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>Saisissez le motif de l&apos;annulation.</translation>
    </message>
    <message>
        <source>That payment does not exist.</source>
        <translation>Ce paiement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Receipt {0} is already voided.</source>
        <translation>Le reçu {0} est déjà annulé.</translation>
    </message>
    <message>
        <source>Receipt {0} is a bank draft: it is voided with its draft run (Supervisor, Bank draft).</source>
        <translation>Le reçu {0} est un prélèvement bancaire : il s&apos;annule avec son lot de prélèvements (Superviseur, Prélèvement bancaire).</translation>
    </message>
    <message>
        <source>Receipt {0} belongs to a drawer that is already counted or closed: it can no longer be voided (a returned check is handled by a supervisor).</source>
        <translation>Le reçu {0} appartient à un tiroir déjà compté ou fermé : il ne peut plus être annulé (un chèque retourné est traité par un superviseur).</translation>
    </message>
    <message>
        <source>Receipt {0} is not from today&apos;s open business day: it can no longer be voided.</source>
        <translation>Le reçu {0} ne date pas de la date d&apos;exploitation ouverte d&apos;aujourd&apos;hui : il ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Receipt {0} was taken at another station; void it there.</source>
        <translation>Le reçu {0} a été pris à un autre poste ; annulez-le là-bas.</translation>
    </message>
    <message>
        <source>A supervisor cannot approve their own void; ask another supervisor.</source>
        <translation>Un superviseur ne peut pas approuver sa propre annulation ; demandez à un autre superviseur.</translation>
    </message>
    <message>
        <source>That payment was just voided.</source>
        <translation>Ce paiement vient d&apos;être annulé.</translation>
    </message>
    <message>
        <source>Created — not sent</source>
        <translation>Créé — non envoyé</translation>
    </message>
    <message>
        <source>Sent to the bank</source>
        <translation>Envoyé à la banque</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>{0}: connection cups needs CUPS (the lp and lpstat commands) or the pycups package</source>
        <translation>{0} : la connexion cups exige CUPS (les commandes lp et lpstat) ou le paquet pycups</translation>
    </message>
    <message>
        <source>{0}: queue: CUPS has no queue {1}</source>
        <translation>{0} : queue : CUPS n&apos;a pas de file {1}</translation>
    </message>
    <message>
        <source>CUPS queue {0} is stopped</source>
        <translation>la file CUPS {0} est arrêtée</translation>
    </message>
    <message>
        <source>{0} at {1} baud</source>
        <translation>{0} à {1} bauds</translation>
    </message>
    <message>
        <source>CUPS queue {0}</source>
        <translation>file CUPS {0}</translation>
    </message>
    <message>
        <source>{0} ({1} {2}; profile {3})</source>
        <translation>{0} ({1} {2} ; profil {3})</translation>
    </message>
    <message>
        <source>The connection to {0} broke while sending receipt {1} ({2}); part of it may have printed.</source>
        <translation>La connexion à {0} a été coupée pendant l&apos;envoi du reçu {1} ({2}) ; une partie a pu être imprimée.</translation>
    </message>
    <message>
        <source>The printer did not confirm the receipt.</source>
        <translation>L&apos;imprimante n&apos;a pas confirmé le reçu.</translation>
    </message>
    <message>
        <source>{0} The printer holds receipt {1} and prints it when that is fixed.</source>
        <translation>{0} L&apos;imprimante garde le reçu {1} et l&apos;imprimera une fois le problème réglé.</translation>
    </message>
    <message>
        <source>{0}: device {1} does not exist (is the printer plugged in and switched on?)</source>
        <translation>{0} : le périphérique {1} n&apos;existe pas (l&apos;imprimante est-elle branchée et allumée ?)</translation>
    </message>
    <message>
        <source>{0}: connection {1} needs the {2} package</source>
        <translation>{0} : la connexion {1} exige le paquet {2}</translation>
    </message>
    <message>
        <source>{0}: device {1} does not exist</source>
        <translation>{0} : le périphérique {1} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{0}: host, port: something answers at {1}, but not an ESC/POS printer</source>
        <translation>{0} : host, port : quelque chose répond à {1}, mais pas une imprimante ESC/POS</translation>
    </message>
    <message>
        <source>it does not answer status requests</source>
        <translation>elle ne répond pas aux demandes d&apos;état</translation>
    </message>
    <message>
        <source>{0} (files in {1})</source>
        <translation>{0} (fichiers dans {1})</translation>
    </message>
    <message>
        <source>cannot make folder {0} ({1})</source>
        <translation>impossible de créer le dossier {0} ({1})</translation>
    </message>
    <message>
        <source>folder {0} is not writable</source>
        <translation>le dossier {0} n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot write receipt to {0}: {1}</source>
        <translation>impossible d&apos;écrire le reçu dans {0} : {1}</translation>
    </message>
    <message>
        <source>A PDF printer has no cash drawer.</source>
        <translation>Une imprimante PDF n&apos;a pas de tiroir-caisse.</translation>
    </message>
    <message>
        <source>Printer ready.</source>
        <translation>Imprimante prête.</translation>
    </message>
    <message>
        <source>Printer paper is running low.</source>
        <translation>Le papier de l&apos;imprimante est presque épuisé.</translation>
    </message>
    <message>
        <source>Printer is out of paper.</source>
        <translation>L&apos;imprimante n&apos;a plus de papier.</translation>
    </message>
    <message>
        <source>Printer cover is open.</source>
        <translation>Le capot de l&apos;imprimante est ouvert.</translation>
    </message>
    <message>
        <source>Printer is offline.</source>
        <translation>L&apos;imprimante est hors ligne.</translation>
    </message>
    <message>
        <source>Printer cannot be reached.</source>
        <translation>L&apos;imprimante est injoignable.</translation>
    </message>
    <message>
        <source>Printer is not set up.</source>
        <translation>L&apos;imprimante n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>IAT only: nothing to change on a PPD enrollment</source>
        <extracomment>What a NOC code that changes nothing on the enrollment asks the supervisor to do.</extracomment>
        <translation>IAT seulement : rien à changer sur une adhésion PPD</translation>
    </message>
    <message>
        <source>the bank has another individual ID for this customer; the City&apos;s account number is kept: check it</source>
        <translation>la banque a un autre identifiant individuel pour ce client ; le numéro de compte de la Ville est conservé : vérifiez-le</translation>
    </message>
    <message>
        <source>the bank asks to correct the City&apos;s company name (setting drafts.company_name)</source>
        <translation>la banque demande de corriger le nom d&apos;entreprise de la Ville (paramètre drafts.company_name)</translation>
    </message>
    <message>
        <source>the bank asks to correct the City&apos;s company identification (setting drafts.company_identification)</source>
        <translation>la banque demande de corriger l&apos;identification d&apos;entreprise de la Ville (paramètre drafts.company_identification)</translation>
    </message>
    <message>
        <source>the bank asks to correct the City&apos;s company name and identification (drafts.* settings)</source>
        <translation>la banque demande de corriger le nom et l&apos;identification d&apos;entreprise de la Ville (paramètres drafts.*)</translation>
    </message>
    <message>
        <source>the bank says the addenda format was wrong: tell the administrator</source>
        <translation>la banque signale un format d&apos;addenda erroné : prévenez l&apos;administrateur</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>compte bancaire</translation>
    </message>
    <message>
        <source>routing number</source>
        <translation>numéro d&apos;acheminement</translation>
    </message>
    <message>
        <source>account type</source>
        <translation>type de compte</translation>
    </message>
    <message>
        <source>name on account</source>
        <translation>titulaire du compte</translation>
    </message>
    <message>
        <source>individual ID (noted, not changed)</source>
        <translation>identifiant individuel (noté, non modifié)</translation>
    </message>
    <message>
        <source>the enrollment already had the corrected data</source>
        <translation>l&apos;adhésion avait déjà les données corrigées</translation>
    </message>
    <message>
        <source>prenote returned: enrollment ended</source>
        <extracomment>Codes that say the bank account or the customer&apos;s authorization is gone: drafting it again would fail. Insufficient or uncollected funds: the enrollment stays, the next bill is drafted as usual.</extracomment>
        <translation>prénotification retournée : adhésion terminée</translation>
    </message>
    <message>
        <source>prenote returned: enrollment had ended already</source>
        <translation>prénotification retournée : l&apos;adhésion était déjà terminée</translation>
    </message>
    <message>
        <source>payment reversed, fee {0}</source>
        <translation>paiement contre-passé, frais de {0}</translation>
    </message>
    <message>
        <source>; enrollment ended</source>
        <translation> ; adhésion terminée</translation>
    </message>
    <message>
        <source>; enrollment had ended already</source>
        <translation> ; l&apos;adhésion était déjà terminée</translation>
    </message>
    <message>
        <source>; enrollment kept (the next bill is drafted as usual)</source>
        <translation> ; adhésion maintenue (la prochaine facture est prélevée comme d&apos;habitude)</translation>
    </message>
    <message>
        <source>; enrollment kept ({0} does not end it: check it with the customer)</source>
        <translation> ; adhésion maintenue ({0} n&apos;y met pas fin : vérifiez avec le client)</translation>
    </message>
    <message>
        <source>{0:,} balances do not say which posting exports they include (payments_through): payments and charges exported before their balance_as_of are taken as received by the billing system</source>
        <translation>{0:,} soldes ne disent pas quels exports de paiements ils incluent (payments_through) : les paiements et frais exportés avant leur balance_as_of sont considérés comme reçus par le système de facturation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Counted — waiting for approval</source>
        <translation>Compté — en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>the account is in credit (balance {0})</source>
        <translation>le compte est créditeur (solde {0})</translation>
    </message>
    <message>
        <source>the bill is paid (balance {0})</source>
        <translation>la facture est payée (solde {0})</translation>
    </message>
</context>
<context>
    <name>AccountHitDelegate</name>
    <message>
        <source>Cash only</source>
        <translation>Espèces seulement</translation>
    </message>
</context>
<context>
    <name>AccountHitsModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse de service</translation>
    </message>
    <message>
        <source>Account {0} · Customer {1}</source>
        <translation>Compte {0} · Client {1}</translation>
    </message>
    <message>
        <source>Cash only</source>
        <translation>Espèces seulement</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Opening the account…</source>
        <translation>Ouverture du compte…</translation>
    </message>
    <message>
        <source>Open the customer&apos;s account first (F2).</source>
        <translation>Ouvrez d&apos;abord le compte du client (F2).</translation>
    </message>
    <message>
        <source>Enrolled. The confirmation is printing; the letter is open.</source>
        <translation>Adhésion enregistrée. La confirmation s&apos;imprime ; la lettre est ouverte.</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>Aucun compte ouvert</translation>
    </message>
    <message>
        <source>Account {0} · Customer {1}</source>
        <translation>Compte {0} · Client {1}</translation>
    </message>
    <message>
        <source>Bank draft: pending prenote</source>
        <translation>Prélèvement bancaire : prénotification en cours</translation>
    </message>
    <message>
        <source>Bank draft</source>
        <translation>Prélèvement bancaire</translation>
    </message>
    <message>
        <source>Bank draft ended ({0})</source>
        <translation>Prélèvement bancaire terminé ({0})</translation>
    </message>
    <message>
        <source>Bank draft ended</source>
        <translation>Prélèvement bancaire terminé</translation>
    </message>
    <message>
        <source>{0} account ending {1}</source>
        <translation>compte {0} se terminant par {1}</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Billing history — last {0} bills</source>
        <translation>Historique de facturation — {0} dernières factures</translation>
    </message>
    <message>
        <source>Billing history</source>
        <translation>Historique de facturation</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>au {0}</translation>
    </message>
    <message>
        <source>no billing balance on file</source>
        <translation>aucun solde de facturation au dossier</translation>
    </message>
    <message>
        <source>The balance of the billing system at that time, less the payments posted here since.</source>
        <translation>Le solde du système de facturation à ce moment-là, moins les paiements enregistrés ici depuis.</translation>
    </message>
    <message>
        <source>billed {0}</source>
        <translation>facturé {0}</translation>
    </message>
    <message>
        <source>no bill on file</source>
        <translation>aucune facture au dossier</translation>
    </message>
    <message>
        <source>bank draft on {0}</source>
        <translation>prélèvement bancaire le {0}</translation>
    </message>
    <message>
        <source>credit on the account</source>
        <translation>crédit au compte</translation>
    </message>
    <message>
        <source>amount due {0}</source>
        <translation>montant dû {0}</translation>
    </message>
    <message>
        <source>Enter or double-click opens this account · Ctrl+Enter or Insert adds it to the payment</source>
        <translation>Entrée ou double-clic ouvre ce compte · Ctrl+Entrée ou Inser l&apos;ajoute au paiement</translation>
    </message>
    <message>
        <source>Account {0}, {1}, balance {2}</source>
        <translation>Compte {0}, {1}, solde {2}</translation>
    </message>
    <message>
        <source>Add to payment</source>
        <translation>Ajouter au paiement</translation>
    </message>
    <message>
        <source>Add account {0} to this payment (Ctrl+Enter or Insert in the list)</source>
        <translation>Ajouter le compte {0} à ce paiement (Ctrl+Entrée ou Inser dans la liste)</translation>
    </message>
    <message>
        <source>Add account {0} to the payment</source>
        <translation>Ajouter le compte {0} au paiement</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <extracomment>The window&apos;s shortcut in the counter window (free there: Ctrl+Shift+Enter is the mailed checks&apos;).</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Station and printer</source>
        <translation>Poste et imprimante</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Billing import</source>
        <translation>Import de la facturation</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation>Fermer   Échap</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Retour au comptoir</translation>
    </message>
</context>
<context>
    <name>AllocationsModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Account {0} · {1}</source>
        <translation>Compte {0} · {1}</translation>
    </message>
    <message>
        <source>Leaves a credit of {0}</source>
        <translation>Laisse un crédit de {0}</translation>
    </message>
    <message>
        <source>Cash only: no checks</source>
        <translation>Espèces seulement : pas de chèques</translation>
    </message>
    <message>
        <source>Type an amount to change what is applied · Del removes the account</source>
        <translation>Saisissez un montant pour changer ce qui est appliqué · Suppr retire le compte</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>Sauvegardes de base de données (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Sauvegarde écrite : {0}</translation>
    </message>
    <message>
        <source>Daily backup folder</source>
        <translation>Dossier de sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Daily backup in {0}, the newest {1} kept.</source>
        <translation>Sauvegarde quotidienne dans {0}, les {1} plus récentes conservées.</translation>
    </message>
    <message>
        <source>No daily backup.</source>
        <translation>Aucune sauvegarde quotidienne.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Refusing to restore {0}: {1}</source>
        <translation>Restauration de {0} refusée : {1}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace this PC&apos;s database with {0}?

Every station using it must be closed. The database it replaces is kept beside it. The counter closes afterwards.</source>
        <translation>Remplacer la base de données de ce poste par {0} ?

Tous les postes qui l&apos;utilisent doivent être fermés. La base remplacée est conservée à côté. Le comptoir se ferme ensuite.</translation>
    </message>
    <message>
        <source>Restored. The previous database is kept as {0}; {1}. The counter closes now: sign in again.</source>
        <translation>Restaurée. L&apos;ancienne base de données est conservée sous {0} ; {1}. Le comptoir se ferme maintenant : reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <source>Tender</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Items counted / expected</source>
        <translation>Articles comptés / attendus</translation>
    </message>
</context>
<context>
    <name>BankDraftDialog</name>
    <message>
        <source>Bank draft</source>
        <translation>Prélèvement bancaire</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Enrollments today</source>
        <translation>Adhésions du jour</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation>Fermer   Échap</translation>
    </message>
    <message>
        <source>Back to the supervisor screen</source>
        <translation>Retour à l&apos;écran du superviseur</translation>
    </message>
</context>
<context>
    <name>BatchChecksModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>BillHistoryModel</name>
    <message>
        <source>Bill date</source>
        <extracomment>The charge columns and the service each one shows (a view hides services an account lacks).</extracomment>
        <translation>Facturé le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source> final</source>
        <translation> finale</translation>
    </message>
    <message>
        <source>Bill of {0}: {1}</source>
        <translation>Facture du {0} : {1}</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>Échéance {0}</translation>
    </message>
    <message>
        <source>Bank draft on {0}</source>
        <translation>Prélèvement bancaire le {0}</translation>
    </message>
    <message>
        <source>Final bill</source>
        <translation>Facture finale</translation>
    </message>
</context>
<context>
    <name>CashCountTable</name>
    <message>
        <source>Bills</source>
        <extracomment>Unit code -&gt; the word in its field&apos;s objectName (letters only).</extracomment>
        <translation>Billets</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Rouleaux</translation>
    </message>
    <message>
        <source>Number of {0}</source>
        <translation>Nombre de {0}</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
</context>
<context>
    <name>CountItemsModel</name>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Money order</source>
        <translation>Mandat</translation>
    </message>
</context>
<context>
    <name>CounterFlow</name>
    <message>
        <source>Drop the payment?</source>
        <translation>Abandonner le paiement ?</translation>
    </message>
    <message>
        <source>This payment is not posted yet: it waits for the database. Drop it and start another?</source>
        <translation>Ce paiement n&apos;est pas encore enregistré : il attend la base de données. L&apos;abandonner et en commencer un autre ?</translation>
    </message>
    <message>
        <source>Replace the payment?</source>
        <translation>Remplacer le paiement ?</translation>
    </message>
    <message>
        <source>The payment on screen already has money in it and is not posted. Drop it and start a new payment for the other account? (To pay both, use Add to payment instead.)</source>
        <translation>Le paiement à l&apos;écran contient déjà de l&apos;argent et n&apos;est pas enregistré. L&apos;abandonner et commencer un nouveau paiement pour l&apos;autre compte ? (Pour payer les deux, utilisez plutôt Ajouter au paiement.)</translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <source>Station {0}</source>
        <translation>Poste {0}</translation>
    </message>
    <message>
        <source>Cashier: {0}</source>
        <translation>Caissier : {0}</translation>
    </message>
    <message>
        <source>Drawer: …</source>
        <translation>Tiroir : …</translation>
    </message>
    <message>
        <source>Your drawer session at this station (F4: open, pick-up, count and close)</source>
        <translation>Votre session de tiroir à ce poste (F4 : ouvrir, remise au coffre, compter et fermer)</translation>
    </message>
    <message>
        <source>Database: connected</source>
        <translation>Base de données : connectée</translation>
    </message>
    <message>
        <source>Ctrl+L locks</source>
        <translation>Ctrl+L verrouille</translation>
    </message>
    <message>
        <source>Lock the screen when you step away (Ctrl+L); it also locks by itself after a while without input.</source>
        <translation>Verrouillez l&apos;écran quand vous vous absentez (Ctrl+L) ; il se verrouille aussi tout seul après un moment sans saisie.</translation>
    </message>
    <message>
        <source>No drawer open</source>
        <translation>Aucun tiroir ouvert</translation>
    </message>
    <message>
        <source>Drawer counted — waiting for approval</source>
        <translation>Tiroir compté — en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Drawer open since {0} — count and close it</source>
        <translation>Tiroir ouvert depuis {0} — comptez-le et fermez-le</translation>
    </message>
    <message>
        <source>Drawer open · float {0}</source>
        <translation>Tiroir ouvert · fonds de caisse {0}</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>paper low</source>
        <translation>papier presque épuisé</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>capot ouvert</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>non configurée</translation>
    </message>
    <message>
        <source>Printer: {0}</source>
        <translation>Imprimante : {0}</translation>
    </message>
    <message>
        <source> · 1 receipt waiting</source>
        <translation> · 1 reçu en attente</translation>
    </message>
    <message>
        <source> · {0} receipts waiting</source>
        <translation> · {0} reçus en attente</translation>
    </message>
    <message>
        <source>Database unavailable — the payment is kept on screen</source>
        <translation>Base de données indisponible — le paiement reste à l&apos;écran</translation>
    </message>
    <message>
        <source>Database unavailable — trying again</source>
        <translation>Base de données indisponible — nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Today&apos;s backup written: {0}</source>
        <translation>Sauvegarde du jour écrite : {0}</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {0}</source>
        <translation>Échec de la sauvegarde du jour : {0}</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <source>Bank draft</source>
        <translation>Prélèvement bancaire</translation>
    </message>
    <message>
        <source>Bank draft — not enrolled</source>
        <translation>Prélèvement bancaire — non inscrit</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Non inscrit.</translation>
    </message>
    <message>
        <source>{0} {1} account ending {2}</source>
        <translation>{0}, compte {1} se terminant par {2}</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>banque</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>épargne</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>chèques</translation>
    </message>
    <message>
        <source>Pending prenote · {0}</source>
        <translation>Prénotification en cours · {0}</translation>
    </message>
    <message>
        <source>Active · {0}</source>
        <translation>Actif · {0}</translation>
    </message>
    <message>
        <source>Ended {0} ({1}) · was {2}</source>
        <translation>Terminé le {0} ({1}) · était {2}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sans motif</translation>
    </message>
    <message>
        <source>First bill drafted: {0} of {1}, drafted on {2}.</source>
        <translation>Première facture prélevée : {0} du {1}, prélevée le {2}.</translation>
    </message>
    <message>
        <source>First bill drafted: the next bill with a draft date on or after {0}.</source>
        <translation>Première facture prélevée : la prochaine facture dont la date de prélèvement est le {0} ou après.</translation>
    </message>
    <message>
        <source>Your bill of {0} due {1} is not drafted: pay it today.</source>
        <translation>Votre facture de {0} échéant le {1} n&apos;est pas prélevée : payez-la aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Cancel the bank draft</source>
        <translation>Annuler le prélèvement bancaire</translation>
    </message>
    <message>
        <source>Why is the bank draft cancelled? (the customer&apos;s words)</source>
        <translation>Pourquoi le prélèvement bancaire est-il annulé ? (les mots du client)</translation>
    </message>
    <message>
        <source>customer asked at the counter</source>
        <translation>demande du client au comptoir</translation>
    </message>
    <message>
        <source>Bank draft cancelled. Keep the signed form until {0}.</source>
        <translation>Prélèvement bancaire annulé. Conservez le formulaire signé jusqu&apos;au {0}.</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Écrit : {0}</translation>
    </message>
</context>
<context>
    <name>DrawerCountDialog</name>
    <message>
        <source>Count and close the drawer — Station {0}</source>
        <translation>Compter et fermer le tiroir — Poste {0}</translation>
    </message>
    <message>
        <source>Count and close {0}&apos;s drawer, {1}</source>
        <translation>Compter et fermer le tiroir de {0}, {1}</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Write a note on the difference before approving it.</source>
        <translation>Écrivez une note sur l&apos;écart avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approbation…</translation>
    </message>
    <message>
        <source>No check or money order was taken at this drawer.</source>
        <translation>Aucun chèque ni mandat n&apos;a été pris à ce tiroir.</translation>
    </message>
    <message>
        <source>{0} of {1} ticked</source>
        <translation>{0} sur {1} cochés</translation>
    </message>
    <message>
        <source>Submit count</source>
        <translation>Soumettre le comptage</translation>
    </message>
    <message>
        <source>Approve difference and close</source>
        <translation>Approuver l&apos;écart et fermer</translation>
    </message>
</context>
<context>
    <name>DrawerFlow</name>
    <message>
        <source>Open drawer (count the float)…</source>
        <translation>Ouvrir le tiroir (compter le fonds de caisse)…</translation>
    </message>
    <message>
        <source>Pick-up to the safe…</source>
        <translation>Remise au coffre…</translation>
    </message>
    <message>
        <source>Count and close the drawer…</source>
        <translation>Compter et fermer le tiroir…</translation>
    </message>
    <message>
        <source>There is no open drawer to take cash from.</source>
        <translation>Aucun tiroir ouvert d&apos;où retirer des espèces.</translation>
    </message>
    <message>
        <source>Your drawer is not open: there is nothing to count.</source>
        <translation>Votre tiroir n&apos;est pas ouvert : il n&apos;y a rien à compter.</translation>
    </message>
    <message>
        <source>Open the drawer?</source>
        <translation>Ouvrir le tiroir ?</translation>
    </message>
    <message>
        <source>No payment can be posted before your drawer is open. Count the opening float now?</source>
        <translation>Aucun paiement ne peut être enregistré avant l&apos;ouverture de votre tiroir. Compter le fonds de caisse maintenant ?</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Tiroir</translation>
    </message>
</context>
<context>
    <name>DrawerOpenDialog</name>
    <message>
        <source>Open the drawer — Station {0}</source>
        <translation>Ouvrir le tiroir — Poste {0}</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Ouvrir le tiroir</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll in bank draft</source>
        <translation>Adhérer au prélèvement bancaire</translation>
    </message>
    <message>
        <source>{0} · customer {1}</source>
        <translation>{0} · client {1}</translation>
    </message>
    <message>
        <source>Change bank</source>
        <translation>Changer de banque</translation>
    </message>
    <message>
        <source> · drafted now from ****{0}</source>
        <translation> · prélevé actuellement sur ****{0}</translation>
    </message>
    <message>
        <source>final bill</source>
        <translation>facture finale</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>The City drafts checking accounts only</source>
        <translation>La Ville prélève sur les comptes chèques seulement</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>The enrollment is saved, but: {0}
Print the confirmation again from the account view.</source>
        <translation>L&apos;adhésion est enregistrée, mais : {0}
Réimprimez la confirmation depuis la vue du compte.</translation>
    </message>
    <message>
        <source>Already drafted</source>
        <translation>Déjà prélevé</translation>
    </message>
</context>
<context>
    <name>EnrollmentsTakenModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Form filed at</source>
        <translation>Formulaire classé à</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Numérisations</translation>
    </message>
    <message>
        <source>ended: {0}</source>
        <translation>terminé : {0}</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sans motif</translation>
    </message>
    <message>
        <source>new bank</source>
        <translation>nouvelle banque</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>pending prenote</source>
        <translation>prénotification en cours</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>— not said</source>
        <translation>— non indiqué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>EnrollmentsTodayPage</name>
    <message>
        <source>Bank draft enrollments of</source>
        <translation>Adhésions au prélèvement bancaire du</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the day again</source>
        <translation>Relire la journée</translation>
    </message>
    <message>
        <source>{0} taken, {1} ended</source>
        <translation>{0} prises, {1} terminées</translation>
    </message>
    <message>
        <source>{0} without where the form is filed</source>
        <translation>{0} sans l&apos;emplacement du formulaire</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Nothing has been written yet. Finish writes what follows, then opens the sign-in.</source>
        <translation>Rien n&apos;a encore été écrit. Terminer écrit ce qui suit, puis ouvre la connexion.</translation>
    </message>
    <message>
        <source>This PC&apos;s cashier-app folder</source>
        <translation>Le dossier cashier-app de ce PC</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Files of the billing extract</source>
        <translation>Fichiers de l&apos;extraction de facturation</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation>Ajoutez d&apos;abord les fichiers à importer.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <source>Cancelling after the chunk being written…</source>
        <translation>Annulation après le bloc en cours d&apos;écriture…</translation>
    </message>
    <message>
        <source>File {0} of {1}: {2} — {3:,} rows</source>
        <translation>Fichier {0} sur {1} : {2} — {3:,} lignes</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>factures</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>consommations</translation>
    </message>
    <message>
        <source>{0}: {1}, {2:,} rows read, {3:,} kept, {4:,} rejected.</source>
        <translation>{0} : {1}, {2:,} lignes lues, {3:,} gardées, {4:,} rejetées.</translation>
    </message>
    <message>
        <source>Done: {0:,} rows kept, {1:,} rejected.</source>
        <translation>Terminé : {0:,} lignes gardées, {1:,} rejetées.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>{0:,} rejected rows, saved in {1}</source>
        <translation>{0:,} lignes rejetées, enregistrées dans {1}</translation>
    </message>
    <message>
        <source>No row rejected.</source>
        <translation>Aucune ligne rejetée.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>This database is already used by another station: copy that station&apos;s two files.</source>
        <translation>Cette base de données est déjà utilisée par un autre poste : copiez les deux fichiers de ce poste.</translation>
    </message>
    <message>
        <source>Choose the first station&apos;s two files (from the USB key kept in the office safe).</source>
        <translation>Choisissez les deux fichiers du premier poste (sur la clé USB gardée dans le coffre du bureau).</translation>
    </message>
    <message>
        <source>New keys are made at Finish. Keep a copy of both files apart from the backups.</source>
        <translation>Les nouvelles clés sont créées à Terminer. Gardez une copie des deux fichiers à part des sauvegardes.</translation>
    </message>
    <message>
        <source>Already on this PC, kept and checked: {0}.</source>
        <translation>Déjà sur ce PC, conservés et vérifiés : {0}.</translation>
    </message>
    <message>
        <source>The first station&apos;s {0}</source>
        <translation>Le fichier {0} du premier poste</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clés (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the first station&apos;s file.</source>
        <translation>Choisissez le fichier du premier poste.</translation>
    </message>
</context>
<context>
    <name>LastReceipt</name>
    <message>
        <source>Tendered {0} · applied {1} · change {2}</source>
        <translation>Remis {0} · appliqué {1} · monnaie {2}</translation>
    </message>
    <message>
        <source> · {0} left as credit</source>
        <translation> · {0} laissé en crédit</translation>
    </message>
    <message>
        <source>Already posted before this retry. {0}</source>
        <translation>Déjà enregistré avant cette nouvelle tentative. {0}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Not printed: {0} waiting. {1}</source>
        <translation>Non imprimé : {0} en attente. {1}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Not printed: {0}</source>
        <translation>Non imprimé : {0}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — {0} utility payments</source>
        <translation>Verrouillé — {0}, paiements des services publics</translation>
    </message>
    <message>
        <source>Locked — Utility payments</source>
        <translation>Verrouillé — Paiements des services publics</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Station {0} · signed in: {1}</source>
        <translation>Poste {0} · connecté : {1}</translation>
    </message>
    <message>
        <source>Nothing on the counter screen was lost.</source>
        <translation>Rien n&apos;a été perdu à l&apos;écran du comptoir.</translation>
    </message>
    <message>
        <source>Type your password to go on.</source>
        <translation>Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password of {0} ({1})</source>
        <translation>Mot de passe de {0} ({1})</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock   Enter</source>
        <translation>Déverrouiller   Entrée</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Utility payments counter · City Hall, 300 South Washington Street</source>
        <translation>Comptoir des paiements des services publics · Hôtel de ville, 300 South Washington Street</translation>
    </message>
    <message>
        <source>Station {0}</source>
        <translation>Poste {0}</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sign in — {0} utility payments</source>
        <translation>Connexion — {0}, paiements des services publics</translation>
    </message>
    <message>
        <source>Sign in — Utility payments</source>
        <translation>Connexion — Paiements des services publics</translation>
    </message>
    <message>
        <source>Utility payments</source>
        <translation>Paiements des services publics</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <source>Find account</source>
        <translation>Trouver un compte</translation>
    </message>
    <message>
        <source>Number, name or address</source>
        <translation>Numéro, nom ou adresse</translation>
    </message>
    <message>
        <source>Find account (F2): number, name, address or phone; Enter opens, Ctrl+Enter adds to the payment; a bill stub scanner types here</source>
        <translation>Trouver un compte (F2) : numéro, nom, adresse ou téléphone ; Entrée ouvre, Ctrl+Entrée ajoute au paiement ; le lecteur de talons de facture saisit ici</translation>
    </message>
    <message>
        <source>Enter opens · Ctrl+Enter adds · ↑ ↓ choose</source>
        <translation>Entrée ouvre · Ctrl+Entrée ajoute · ↑ ↓ choisir</translation>
    </message>
    <message>
        <source>Accounts found</source>
        <translation>Comptes trouvés</translation>
    </message>
    <message>
        <source>Type an account or customer number, a name, a service address or a phone number.

A scanned bill stub opens its account.</source>
        <translation>Saisissez un numéro de compte ou de client, un nom, une adresse de service ou un numéro de téléphone.

Un talon de facture lu au lecteur ouvre son compte.</translation>
    </message>
    <message>
        <source>No account matches “{0}”.</source>
        <translation>Aucun compte ne correspond à « {0} ».</translation>
    </message>
    <message>
        <source>1 account found</source>
        <translation>1 compte trouvé</translation>
    </message>
    <message>
        <source>First {0} accounts — type more to narrow</source>
        <translation>{0} premiers comptes — précisez la recherche</translation>
    </message>
    <message>
        <source>{0} accounts found</source>
        <translation>{0} comptes trouvés</translation>
    </message>
</context>
<context>
    <name>MailedChecksDialog</name>
    <message>
        <source>Mailed checks batch</source>
        <translation>Lot de chèques postaux</translation>
    </message>
    <message>
        <source>Batch closed: {0} checks, {1}.</source>
        <translation>Lot fermé : {0} chèques, {1}.</translation>
    </message>
    <message>
        <source>It matches the control total.</source>
        <translation>Il correspond au total de contrôle.</translation>
    </message>
    <message>
        <source>Control total {0}: difference {1}.</source>
        <translation>Total de contrôle {0} : écart {1}.</translation>
    </message>
    <message>
        <source>This bill stub could not be read: {0}</source>
        <translation>Ce talon de facture n&apos;a pas pu être lu : {0}</translation>
    </message>
    <message>
        <source>No single account matches “{0}”: type the account number or scan the stub.</source>
        <translation>Aucun compte unique ne correspond à « {0} » : saisissez le numéro de compte ou lisez le talon.</translation>
    </message>
    <message>
        <source>Scan the stub or type the account number first.</source>
        <translation>Lisez d&apos;abord le talon ou saisissez le numéro de compte.</translation>
    </message>
    <message>
        <source>Leave a credit?</source>
        <translation>Laisser un crédit ?</translation>
    </message>
    <message>
        <source>{0}?</source>
        <translation>{0} ?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — Utility payments — Station {1}</source>
        <extracomment>The smallest window: 1366x768 at 125 % is 1093x614 less a title bar (counter_sizes.py gives way below 1400). Every key of the counter window: (key, what it does). Shown in tooltips and the user guide.</extracomment>
        <translation>{0} — Paiements des services publics — Poste {1}</translation>
    </message>
    <message>
        <source>Utility payments — Station {0}</source>
        <translation>Paiements des services publics — Poste {0}</translation>
    </message>
    <message>
        <source>Utility payments</source>
        <translation>Paiements des services publics</translation>
    </message>
    <message>
        <source>Utility payments · City Hall counter</source>
        <translation>Paiements des services publics · Comptoir de l&apos;hôtel de ville</translation>
    </message>
    <message>
        <source>Drawer   F4</source>
        <translation>Tiroir   F4</translation>
    </message>
    <message>
        <source>Drawer  F4</source>
        <translation>Tiroir  F4</translation>
    </message>
    <message>
        <source>Your drawer: open it with the float, pick-up to the safe, count and close (F4)</source>
        <translation>Votre tiroir-caisse : l&apos;ouvrir avec le fonds de caisse, remise au coffre, compter et fermer (F4)</translation>
    </message>
    <message>
        <source>Today&apos;s payments   F9</source>
        <translation>Paiements du jour   F9</translation>
    </message>
    <message>
        <source>Payments  F9</source>
        <translation>Paiements  F9</translation>
    </message>
    <message>
        <source>Find today&apos;s payments by receipt, account or amount; reprint or void one (F9)</source>
        <translation>Trouver les paiements du jour par reçu, compte ou montant ; en réimprimer ou en annuler un (F9)</translation>
    </message>
    <message>
        <source>Receipts waiting   F10</source>
        <translation>Reçus en attente   F10</translation>
    </message>
    <message>
        <source>Receipts  F10</source>
        <translation>Reçus  F10</translation>
    </message>
    <message>
        <source>Receipts that did not print: retry, print to PDF, move to another printer; no sale (F10)</source>
        <translation>Reçus non imprimés : réessayer, imprimer en PDF, passer à une autre imprimante ; ouverture sans vente (F10)</translation>
    </message>
    <message>
        <source>Mailed checks   F8</source>
        <translation>Chèques postaux   F8</translation>
    </message>
    <message>
        <source>Mailed  F8</source>
        <translation>Postaux  F8</translation>
    </message>
    <message>
        <source>Post a batch of checks that came by mail against the adding-machine tape (F8)</source>
        <translation>Enregistrer un lot de chèques reçus par la poste d&apos;après la bande de la calculatrice (F8)</translation>
    </message>
    <message>
        <source>Lock   Ctrl+L</source>
        <translation>Verrouiller   Ctrl+L</translation>
    </message>
    <message>
        <source>Lock  Ctrl+L</source>
        <translation>Verrouiller  Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the screen while you step away (Ctrl+L)</source>
        <translation>Verrouiller l&apos;écran pendant votre absence (Ctrl+L)</translation>
    </message>
    <message>
        <source>Supervisor   F11</source>
        <translation>Superviseur   F11</translation>
    </message>
    <message>
        <source>Supervisor  F11</source>
        <translation>Superviseur  F11</translation>
    </message>
    <message>
        <source>Drawer sessions, approvals, pick-ups, day close, reports, returned checks (F11)</source>
        <translation>Sessions de tiroir, approbations, remises au coffre, clôture de la journée, rapports, chèques retournés (F11)</translation>
    </message>
    <message>
        <source>Admin   Ctrl+Shift+A</source>
        <translation>Admin   Ctrl+Maj+A</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Administration: users, this station&apos;s printer, settings, billing import, backups (Ctrl+Shift+A)</source>
        <translation>Administration : utilisateurs, imprimante de ce poste, paramètres, import de la facturation, sauvegardes (Ctrl+Maj+A)</translation>
    </message>
</context>
<context>
    <name>NoSaleDialog</name>
    <message>
        <source>No sale — open the cash drawer</source>
        <translation>Ouverture sans vente — ouvrir le tiroir-caisse</translation>
    </message>
    <message>
        <source>Say why the drawer is opened.</source>
        <translation>Indiquez pourquoi le tiroir est ouvert.</translation>
    </message>
    <message>
        <source>A supervisor types their user name and password.</source>
        <translation>Un superviseur saisit son nom d&apos;utilisateur et son mot de passe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Ouvrir le tiroir</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Open an account first (F2).</source>
        <translation>Ouvrez d&apos;abord un compte (F2).</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Post payment   F12</source>
        <translation>Enregistrer le paiement   F12</translation>
    </message>
    <message>
        <source>Not posted: change the amount applied (F3).</source>
        <translation>Non enregistré : changez le montant appliqué (F3).</translation>
    </message>
    <message>
        <source>Not posted: the bill is in a bank draft run.</source>
        <translation>Non enregistré : la facture est dans un lot de prélèvements bancaires.</translation>
    </message>
    <message>
        <source>Account {0} is cash only: checks are not accepted.</source>
        <translation>Le compte {0} est en espèces seulement : les chèques ne sont pas acceptés.</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Pick-up to the safe</source>
        <translation>Remise au coffre</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Record pick-up</source>
        <translation>Enregistrer la remise</translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>reçu</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Receipts waiting to print</source>
        <translation>Reçus en attente d&apos;impression</translation>
    </message>
    <message>
        <source>Printing the waiting receipts…</source>
        <translation>Impression des reçus en attente…</translation>
    </message>
    <message>
        <source>Choose a receipt in the list first.</source>
        <translation>Choisissez d&apos;abord un reçu dans la liste.</translation>
    </message>
    <message>
        <source>Receipt {0} saved as {1}</source>
        <translation>Reçu {0} enregistré sous {1}</translation>
    </message>
    <message>
        <source>There is no other station to move the receipts to.</source>
        <translation>Il n&apos;y a aucun autre poste vers lequel déplacer les reçus.</translation>
    </message>
    <message>
        <source>Receipts moved to station {1}&apos;s printer: {0}</source>
        <translation>Reçus déplacés vers l&apos;imprimante du poste {1} : {0}</translation>
    </message>
    <message>
        <source>Receipts not printed: {0}</source>
        <translation>Reçus non imprimés : {0}</translation>
    </message>
    <message>
        <source>Every receipt of this station has printed.</source>
        <translation>Tous les reçus de ce poste ont été imprimés.</translation>
    </message>
    <message>
        <source>Cash drawer opened (no sale).</source>
        <translation>Tiroir-caisse ouvert (sans vente).</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} mm paper, {3} columns, drawer pin {4}</source>
        <translation>{0} : {1}, papier de {2} mm, {3} colonnes, broche du tiroir {4}</translation>
    </message>
</context>
<context>
    <name>ReportLinesModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name on bank account</source>
        <translation>Nom sur le compte bancaire</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation>Numéro de trace</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>prenote</source>
        <translation>prénotification</translation>
    </message>
</context>
<context>
    <name>ReturnableChecksModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ReturnedChecksDialog</name>
    <message>
        <source>Returned checks</source>
        <translation>Chèques retournés</translation>
    </message>
    <message>
        <source>Choose a check that is neither voided nor already returned.</source>
        <translation>Choisissez un chèque qui n&apos;est ni annulé ni déjà retourné.</translation>
    </message>
    <message>
        <source>No check matches.</source>
        <translation>Aucun chèque ne correspond.</translation>
    </message>
    <message>
        <source>Returned check recorded for receipt {0}: {1} reversed, fee {2}.</source>
        <translation>Chèque retourné enregistré pour le reçu {0} : {1} contrepassé, frais {2}.</translation>
    </message>
    <message>
        <source>Now cash only: {0}.</source>
        <translation>Désormais en espèces seulement : {0}.</translation>
    </message>
    <message>
        <source>Notice to the customer: {0}</source>
        <translation>Avis au client : {0}</translation>
    </message>
    <message>
        <source>The notice could not be written: {0}</source>
        <translation>L&apos;avis n&apos;a pas pu être écrit : {0}</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>The bank&apos;s return file</source>
        <translation>Le fichier de retours de la banque</translation>
    </message>
    <message>
        <source>ACH files (*.ach *.txt *.ret);;All files (*)</source>
        <translation>Fichiers ACH (*.ach *.txt *.ret);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the return file first.</source>
        <translation>Choisissez d&apos;abord le fichier de retours.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>{0}: {1} returns and {2} corrections applied; {3} reversed, {4} in fees, {5} enrollments ended; {6} already applied, {7} unknown, {8} not applied.</source>
        <translation>{0} : {1} retours et {2} corrections appliqués ; {3} contrepassés, {4} en frais, {5} adhésions terminées ; {6} déjà appliqués, {7} inconnus, {8} non appliqués.</translation>
    </message>
    <message>
        <source>{0} notice letters in {1}</source>
        <translation>{0} lettres d&apos;avis dans {1}</translation>
    </message>
    <message>
        <source>The notice letters could not be written: {0}</source>
        <translation>Les lettres d&apos;avis n&apos;ont pas pu être écrites : {0}</translation>
    </message>
</context>
<context>
    <name>ReturnsReportModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation>Numéro de trace</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Déjà appliqué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Run</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Draft date</source>
        <translation>Date de prélèvement</translation>
    </message>
    <message>
        <source>Settles</source>
        <translation>Règlement le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Debits</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prenotes</source>
        <translation>Prénotifications</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Fait par</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Save the bank draft file</source>
        <translation>Enregistrer le fichier de prélèvements</translation>
    </message>
    <message>
        <source>ACH files (*.ach *.txt);;All files (*)</source>
        <translation>Fichiers ACH (*.ach *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Void run {0}</source>
        <translation>Annuler le lot {0}</translation>
    </message>
    <message>
        <source>Why is run {0} ({1} debits, {2}) voided? Its file must not be sent.</source>
        <translation>Pourquoi le lot {0} ({1} débits, {2}) est-il annulé ? Son fichier ne doit pas être envoyé.</translation>
    </message>
    <message>
        <source>Making the run of {0}…</source>
        <translation>Préparation du lot du {0}…</translation>
    </message>
    <message>
        <source>Choose a run that is created and not sent.</source>
        <translation>Choisissez un lot créé et non envoyé.</translation>
    </message>
    <message>
        <source>Run {0} is marked sent to the bank.</source>
        <translation>Le lot {0} est marqué comme envoyé à la banque.</translation>
    </message>
    <message>
        <source>Run {0} made: {1} debits, {2}, {3} prenotes; settles {4}. File: {5}</source>
        <translation>Lot {0} fait : {1} débits, {2}, {3} prénotifications ; règlement le {4}. Fichier : {5}</translation>
    </message>
    <message>
        <source>Run {0} is voided: {1} payments taken back ({2}). Do not send {3}: delete it.</source>
        <translation>Le lot {0} est annulé : {1} paiements repris ({2}). N&apos;envoyez pas {3} : supprimez-le.</translation>
    </message>
    <message>
        <source>No run yet. Choose the draft date printed on the bills and make the run.</source>
        <translation>Aucun lot pour l&apos;instant. Choisissez la date de prélèvement imprimée sur les factures et faites le lot.</translation>
    </message>
    <message>
        <source>Run {0} — {1}</source>
        <translation>Lot {0} — {1}</translation>
    </message>
    <message>
        <source>Draft date {0}, settles {1} · file ID modifier {2} · {3} debits, total {4} · {5} prenotes · made by {6} · {7}</source>
        <translation>Date de prélèvement {0}, règlement le {1} · modificateur d&apos;ID de fichier {2} · {3} débits, total {4} · {5} prénotifications · fait par {6} · {7}</translation>
    </message>
    <message>
        <source> · voided: {0}</source>
        <translation> · annulé : {0}</translation>
    </message>
    <message>
        <source>Warning — account {0}: {1}</source>
        <translation>Avertissement — compte {0} : {1}</translation>
    </message>
    <message>
        <source>Not drafted — account {0}, bill of {1}: {2}</source>
        <translation>Non prélevé — compte {0}, facture du {1} : {2}</translation>
    </message>
    <message>
        <source>No warnings; every bill of the date was drafted.</source>
        <translation>Aucun avertissement ; toutes les factures de la date ont été prélevées.</translation>
    </message>
</context>
<context>
    <name>ScanDrop</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick the scanned file from a folder (PDF, PNG or JPEG)</source>
        <translation>Choisir le fichier numérisé dans un dossier (PDF, PNG ou JPEG)</translation>
    </message>
    <message>
        <source>Drop the scan here (optional)</source>
        <translation>Déposez la numérisation ici (facultatif)</translation>
    </message>
    <message>
        <source>Choose the scan</source>
        <translation>Choisir la numérisation</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} KB</source>
        <translation>{0} — {1}, {2} Ko</translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Scans of the bank draft form</source>
        <translation>Numérisations du formulaire de prélèvement</translation>
    </message>
    <message>
        <source>Scans kept with the enrollment</source>
        <translation>Numérisations conservées avec l&apos;adhésion</translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation>Fermer   Échap</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <source>Voided check</source>
        <translation>Chèque annulé</translation>
    </message>
    <message>
        <source>The PDF opens in the desktop&apos;s viewer.</source>
        <translation>Le PDF s&apos;ouvre dans la visionneuse du bureau.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Pick-ups</source>
        <translation>Remises au coffre</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Payments taken at this drawer, voided ones not counted (as in the day report, which counts voids apart)</source>
        <translation>Paiements pris à ce tiroir, sans les annulés (comme dans le rapport de la journée, qui compte les annulations à part)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>{0} (default: {1})</source>
        <translation>{0} (par défaut : {1})</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Enregistré : {0}.</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Set up this station — Utility payments</source>
        <translation>Configurer ce poste — Paiements des services publics</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>Configurer ce poste</translation>
    </message>
    <message>
        <source>Cancel   Esc</source>
        <translation>Annuler   Échap</translation>
    </message>
    <message>
        <source>Leave without writing anything</source>
        <translation>Quitter sans rien écrire</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Étape {0} sur {1} : {2}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Write the set-up and open the sign-in</source>
        <translation>Écrire la configuration et ouvrir la connexion</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configuration…</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Saved: this station prints on {0} from the next sign-in.</source>
        <translation>Enregistré : ce poste imprime sur {0} dès la prochaine connexion.</translation>
    </message>
    <message>
        <source>Test page not printed: {0}</source>
        <translation>Page de test non imprimée : {0}</translation>
    </message>
    <message>
        <source>Test page not finished: {0}</source>
        <translation>Page de test inachevée : {0}</translation>
    </message>
    <message>
        <source>Test page printed: {0}</source>
        <translation>Page de test imprimée : {0}</translation>
    </message>
    <message>
        <source>Printer: {0} · {1}</source>
        <translation>Imprimante : {0} · {1}</translation>
    </message>
    <message>
        <source>The drawer was told to open.</source>
        <translation>L&apos;ordre d&apos;ouverture a été envoyé au tiroir.</translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation>Dossier des reçus</translation>
    </message>
    <message>
        <source>Saved: receipts go to {0} from the next sign-in.</source>
        <translation>Enregistré : les reçus vont dans {0} dès la prochaine connexion.</translation>
    </message>
    <message>
        <source>Saved: text at {0} % from the app&apos;s next start.</source>
        <translation>Enregistré : texte à {0} % dès le prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Saved: {0} from the app&apos;s next start.</source>
        <translation>Enregistré : {0} dès le prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Saved: receipts and letters in {0} from the app&apos;s next start.</source>
        <translation>Enregistré : reçus et lettres en {0} au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Stations already in this database: {0}</source>
        <translation>Postes déjà dans cette base de données : {0}</translation>
    </message>
    <message>
        <source>This is the database&apos;s first station.</source>
        <translation>C&apos;est le premier poste de la base de données.</translation>
    </message>
</context>
<context>
    <name>StubReader</name>
    <message>
        <source>This bill stub could not be read: {0} Scan it again or type the account number.</source>
        <translation>Ce talon de facture n&apos;a pas pu être lu : {0} Lisez-le de nouveau ou saisissez le numéro de compte.</translation>
    </message>
    <message>
        <source>The bill stub is for account {0}, which is not on file.</source>
        <translation>Le talon de facture est celui du compte {0}, qui n&apos;est pas au dossier.</translation>
    </message>
</context>
<context>
    <name>SupervisorCredentials</name>
    <message>
        <source>Supervisor user name</source>
        <translation>Nom d&apos;utilisateur du superviseur</translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation>Mot de passe du superviseur</translation>
    </message>
    <message>
        <source>A supervisor types their user name and password.</source>
        <translation>Un superviseur saisit son nom d&apos;utilisateur et son mot de passe.</translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <source>Supervisor — drawers and the day</source>
        <translation>Superviseur — tiroirs et journée</translation>
    </message>
    <message>
        <source>Choose an open drawer in the list first.</source>
        <translation>Choisissez d&apos;abord un tiroir ouvert dans la liste.</translation>
    </message>
    <message>
        <source>Choose a counted drawer waiting for approval first.</source>
        <translation>Choisissez d&apos;abord un tiroir compté en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Write a note on the difference before approving it.</source>
        <translation>Écrivez une note sur l&apos;écart avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Pick-up of {0} from {1}&apos;s drawer recorded (supervisor: {2}).</source>
        <translation>Remise au coffre de {0} du tiroir de {1} enregistrée (superviseur : {2}).</translation>
    </message>
    <message>
        <source>{0}&apos;s drawer at {1} is closed; over/short as counted, approved by {2}.</source>
        <translation>Le tiroir de {0} au poste {1} est fermé ; écart tel que compté, approuvé par {2}.</translation>
    </message>
    <message>
        <source>Close the day?</source>
        <translation>Clôturer la journée ?</translation>
    </message>
    <message>
        <source>Close {0} for good? No payment, void or drawer can be added to it afterwards.</source>
        <translation>Clôturer définitivement la journée du {0} ? Aucun paiement, annulation ou tiroir ne pourra y être ajouté ensuite.</translation>
    </message>
    <message>
        <source>{0} is closed. Print the day report and the deposit slip, then send the posting export.</source>
        <translation>{0} : journée clôturée. Imprimez le rapport de la journée et le bordereau de dépôt, puis envoyez l&apos;export des paiements.</translation>
    </message>
    <message>
        <source>Day report written: {0}</source>
        <translation>Rapport de la journée écrit : {0}</translation>
    </message>
    <message>
        <source>Deposit slip written: {0}</source>
        <translation>Bordereau de dépôt écrit : {0}</translation>
    </message>
    <message>
        <source>Re-export</source>
        <translation>Réexporter</translation>
    </message>
    <message>
        <source>Posting export</source>
        <translation>Export des paiements</translation>
    </message>
    <message>
        <source>{0} written: {1} ({2} rows, total {3}).</source>
        <translation>{0} écrit : {1} ({2} lignes, total {3}).</translation>
    </message>
    <message>
        <source>Export again?</source>
        <translation>Exporter de nouveau ?</translation>
    </message>
    <message>
        <source>{0}

Write every payment of the day again, marked as a re-export?</source>
        <translation>{0}

Écrire de nouveau tous les paiements de la journée, marqués comme réexportation ?</translation>
    </message>
    <message>
        <source>Not exported again.</source>
        <translation>Pas de nouvel export.</translation>
    </message>
    <message>
        <source>No drawer session on this date.</source>
        <translation>Aucune session de tiroir à cette date.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation>{0} sessions</translation>
    </message>
    <message>
        <source> · {0} open · {1} waiting for approval</source>
        <translation> · {0} ouvertes · {1} en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>{0} is open.</source>
        <translation>{0} : journée ouverte.</translation>
    </message>
    <message>
        <source>{0} was closed by {1} at {2}.</source>
        <translation>{0} : journée clôturée par {1} à {2}.</translation>
    </message>
</context>
<context>
    <name>TenderEditor</name>
    <message>
        <source>Cash tendered</source>
        <translation>Espèces remises</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Check reading is not available yet; type the numbers.</source>
        <translation>La lecture des chèques n&apos;est pas encore disponible ; saisissez les numéros.</translation>
    </message>
    <message>
        <source>The check line could not be read: {0}</source>
        <translation>La ligne du chèque n&apos;a pas pu être lue : {0}</translation>
    </message>
</context>
<context>
    <name>TendersModel</name>
    <message>
        <source>Tender</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Enter takes this tender back to change it · Del removes it</source>
        <translation>Entrée reprend ce règlement pour le modifier · Suppr le retire</translation>
    </message>
</context>
<context>
    <name>TodaysPaymentsDialog</name>
    <message>
        <source>Today&apos;s payments — reprint or void</source>
        <translation>Paiements du jour — réimprimer ou annuler</translation>
    </message>
    <message>
        <source>Choose a payment in the list first.</source>
        <translation>Choisissez d&apos;abord un paiement dans la liste.</translation>
    </message>
    <message>
        <source>Reprint of {0} sent to the printer.</source>
        <translation>Réimpression de {0} envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Choose a payment that is not voided.</source>
        <translation>Choisissez un paiement qui n&apos;est pas annulé.</translation>
    </message>
    <message>
        <source>{0} payments · {1} (voided ones left out)</source>
        <translation>{0} paiements · {1} (annulés exclus)</translation>
    </message>
    <message>
        <source>No payment today matches.</source>
        <translation>Aucun paiement du jour ne correspond.</translation>
    </message>
    <message>
        <source>Receipt {0} is void; the VOID receipt is printing.</source>
        <translation>Le reçu {0} est annulé ; le reçu VOID s&apos;imprime.</translation>
    </message>
</context>
<context>
    <name>TodaysPaymentsModel</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Receipt {0} · station {1} · cashier {2}</source>
        <translation>Reçu {0} · poste {1} · caissier {2}</translation>
    </message>
    <message>
        <source>Tendered {0} · change {1}</source>
        <translation>Remis {0} · monnaie {1}</translation>
    </message>
    <message>
        <source>Voided: the receipt number stays used</source>
        <translation>Annulé : le numéro de reçu reste utilisé</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage by month</source>
        <translation>Consommation par mois</translation>
    </message>
    <message>
        <source>No meter readings on file.</source>
        <translation>Aucun relevé de compteur au dossier.</translation>
    </message>
    <message>
        <source>last {0} {1}</source>
        <translation>dernier relevé : {0} {1}</translation>
    </message>
    <message>
        <source>{0}: {1} {2} (period ending {3})</source>
        <translation>{0} : {1} {2} (période se terminant le {3})</translation>
    </message>
</context>
<context>
    <name>UsageHistoryModel</name>
    <message>
        <source>Period ending</source>
        <translation>Fin de période</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Selected user: {0}</source>
        <translation>Utilisateur sélectionné : {0}</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>User {0} added.</source>
        <translation>Utilisateur {0} ajouté.</translation>
    </message>
    <message>
        <source>Roles of {0} saved.</source>
        <translation>Rôles de {0} enregistrés.</translation>
    </message>
    <message>
        <source>Password of {0} changed; they can sign in.</source>
        <translation>Mot de passe de {0} changé ; la personne peut se connecter.</translation>
    </message>
    <message>
        <source>{0} unlocked.</source>
        <translation>{0} déverrouillé.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disable {0}? They will no longer be able to sign in; their history stays.</source>
        <translation>Désactiver {0} ? La personne ne pourra plus se connecter ; son historique reste.</translation>
    </message>
    <message>
        <source>{0} disabled.</source>
        <translation>{0} désactivé.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void receipt {0}</source>
        <translation>Annuler le reçu {0}</translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation>Indiquez pourquoi le paiement est annulé.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Annuler le paiement</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Utility payments</source>
        <translation>Paiements des services publics</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>This part of the counter is not ready yet ({0}).</source>
        <translation>Cette partie du comptoir n&apos;est pas encore prête ({0}).</translation>
    </message>
    <message>
        <source>service not implemented</source>
        <translation>service non disponible</translation>
    </message>
    <message>
        <source>Database unavailable. Try again in a moment.</source>
        <translation>Base de données indisponible. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database did not answer. Try again; if it goes on, call the supervisor.</source>
        <translation>La base de données n&apos;a pas répondu. Réessayez ; si cela continue, appelez le superviseur.</translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Try again; the details are in the log.</source>
        <translation>Un problème est survenu ({0}). Réessayez ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>Gas</source>
        <translation>Gaz</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Sewer</source>
        <translation>Égouts</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Gaz naturel</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ordures</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Facture finale</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>tenders</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Money order</source>
        <translation>Mandat</translation>
    </message>
</context>
</TS>
