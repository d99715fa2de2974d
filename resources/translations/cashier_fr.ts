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
        <source>a whole number</source>
        <translation>un nombre entier</translation>
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
        <translation>Date de facture</translation>
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
        <translation>Factures</translation>
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
