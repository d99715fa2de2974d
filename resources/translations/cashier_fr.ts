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
        <source>Mailing address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this PC&apos;s database, made while the counter works (PostgreSQL: pg_dump on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where, then copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each station&apos;s window makes the day&apos;s copy in this folder once a day and keeps the newest ones. Empty: no daily backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the folder and the days kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this PC&apos;s database with a backup. The backup is checked first (SQLite&apos;s integrity check, a cashier database); the database it replaces is kept beside it; the counter closes afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file; you are asked before anything is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station uses the PostgreSQL server: back it up and restore it there (pg_dump, pg_restore). The daily folder is for a station with its own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing system&apos;s extract: customers, accounts, bills and usage files (CSV), in any order. Rows are matched by their keys, so importing a file again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extract&apos;s CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected file off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved in (empty: next to the first file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-rejects-DATE-TIME.csv next to the first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the files listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the chunk being written; what was saved stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of every station (the database&apos;s); saved together, checked as &apos;cashier-app setting set&apos; checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and save every changed setting (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer profile (printers/ folder): connection, paper, cut and drawer. Try it with a test page and the drawer before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station prints on the profile picked (from the next sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a sample receipt marked TEST on the profile picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer through the profile picked (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file and PDF printers write. Empty: the receipts folder of this station&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the type on every screen of this station, for a cashier who needs it larger. It applies when the app is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this station&apos;s text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected user&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (also unlocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected user&apos;s password and unlock them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a user locked by failed sign-ins sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can no longer sign in; their history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (at least {0} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the user with these roles</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll from the signed form and the voided check ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signed form for another bank account: the old one ends, kept ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the confirmation: the slip on the receipt printer and the letter (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City&apos;s authorization form, prefilled for this customer (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed form and voided check as scanned (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer stops the bank draft (reason asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank draft authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the voided check with the check reader, or type below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 17 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check reader (MICR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided check in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bank draft binder 2026, tab O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of the voided check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted on the draft date printed on each bill, free; the bill still comes every month. Enter saves; the confirmation slip prints and the letter opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save   Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the ticked accounts (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without enrolling (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns and corrections from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each return is applied once, matched by the draft&apos;s trace number: reading the same file again changes nothing. A file with an error is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s return file (.ach, .txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the return file the bank sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the returned drafts, charge the fees, end or correct the enrollments, and write the notice letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return phoned in by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace number (15 digits, from the run&apos;s report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called, when (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this one return like a line of a return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the run of a draft date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft date on the bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft every enrolled account&apos;s bill of this draft date for what is still due, send prenotes, and save the bank&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run in the list below, or make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and bills not drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and bills not drafted appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of the selected run went to the bank: final, it can no longer be voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected run (not sent): its payments are taken back, its bills can be drafted again</source>
        <translation type="unfinished"></translation>
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
        <source>Total</source>
        <translation>Total</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that came by mail: no cash drawer, no receipt handed out. Add up the checks on the adding machine first; the batch balances against that tape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close batch   Ctrl+Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more checks in this batch: compare with the control total (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave   Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the counter; an open batch stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control total (adding-machine tape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of the checks on the tape; Enter opens the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open batch   Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stub scan or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the bill stub, or type the account number and Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number (required); Enter goes to the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of the check; Enter posts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post check   Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this check to the account (Enter in the amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the cash drawer without a payment. The opening is recorded with the reason and the supervisor who approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the cash drawer without a payment. The opening is recorded with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. change for the next drawer, a coin stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation type="unfinished"></translation>
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
        <source>Tendered</source>
        <translation>Remis</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer of {0} at {1} · float {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash taken out of the drawer, by bill and coin. The supervisor and the cashier are both recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts waiting to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting receipts to this station&apos;s printer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected receipt as a PDF file; it will not print on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move all to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station to move the receipts to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the waiting receipts on the chosen station&apos;s printer (its drawer does not open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer without a payment: a reason and a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned checks (NSF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number, account number or amount, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NSF — insufficient funds; account closed; stop payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record returned check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the selected check&apos;s payment, charge the fee and write the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is new: make its first administrator, who signs in next and adds the other users. A password has at least {0} characters, is not a common one and does not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this station keeps its data. One counter alone: this PC&apos;s own database. Several counters sharing customers and the day&apos;s payments: a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s own database (one counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by several counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cashier.db in this PC&apos;s cashier-app folder (shown on the last page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (name or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s pgpass file (readable by this Windows user only), never in station.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and look at the database; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. A new, empty database: Finish creates its tables, this station and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to a cashier database: {0} users; stations {1}. This station joins it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its schema ({0}) is older than this app&apos;s ({1}): Finish upgrades it, and every station using it must then run this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC&apos;s own, cashier.db in the folder above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL database {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database: {0}; its tables are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}; its schema is upgraded from {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station {0}, receipts {1}-000001 on, printer profile {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the one already in the folder, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: copied from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: made (keep a copy apart from the backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgpass: the PostgreSQL password, readable by this user only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: this station&apos;s config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two key files live outside the database: audit.key signs the audit trail, draft.key encrypts customers&apos; bank account numbers. Every station of one database needs the same two files: a station joining a database copies them from the first station (a USB key from the office safe; never e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make new keys on this PC (a new database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the first station&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first station&apos;s audit.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first station&apos;s draft.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer, by its profile in the printers folder (the administrator&apos;s guide says how to make one). &quot;file&quot; writes receipts to files: no printer needed. Try the printer here: the buttons print and open the drawer at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the test page on this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cash drawer through this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s name is shown in the status bar and on receipts. Its receipt prefix starts every receipt number it prints (S2-000001, S2-000002, …): each station of a database has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt prefix (1 to 8 letters or digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh   F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sessions again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take excess cash from the selected open drawer to the safe, counted by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count and close the selected open drawer for its cashier (who is away): the same blind count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the difference (required to approve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected counted drawer&apos;s over/short with your note; it closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the business date: every drawer of it must be closed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and open the end-of-day report (totals, sessions, voids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day report (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the end-of-day report as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and open the deposit slip: cash by unit, each check and money order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day&apos;s payments for the billing system (the day must be closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a check the bank returned (NSF): reversal, fee, notice to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft runs (the bank&apos;s file), enrollments taken today, returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number, account number or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a receipt number (S1-000123 or 123), an account number or an amount; ↓ goes to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payments of every station, not only this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint   Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy of the selected receipt, marked REPRINT (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…   Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected payment: reason and a supervisor&apos;s approval (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void receipt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · accounts {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt number stays used; a VOID receipt prints. A supervisor approves this void only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wrong account, customer changed their mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the supervisor&apos;s password and void (Enter in the password)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Administration</source>
        <extracomment>The window&apos;s shortcut in the counter window (free there: Ctrl+Shift+Enter is the mailed checks&apos;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station and printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocationsModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup in {0}, the newest {1} kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to restore {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this PC&apos;s database with {0}?

Every station using it must be closed. The database it replaces is kept beside it. The counter closes afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The previous database is kept as {0}; {1}. The counter closes now: sign in again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the supervisor screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchChecksModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
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
        <translation>Tiroir ouvert depuis le {0} — comptez-le et fermez-le</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} account ending {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending prenote · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {0} ({1}) · was {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bill drafted: {0} of {1}, drafted on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bill drafted: the next bill with a draft date on or after {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bill of {0} due {1} is not drafted: pay it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the bank draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the bank draft cancelled? (the customer&apos;s words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer asked at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank draft cancelled. Keep the signed form until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Enroll in bank draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · customer {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · drafted now from ****{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City drafts checking accounts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment is saved, but: {0}
Print the confirmation again from the account view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already drafted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentsTakenModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending prenote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentsTodayPage</name>
    <message>
        <source>Bank draft enrollments of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the day again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} taken, {1} ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} without where the form is filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Nothing has been written yet. Finish writes what follows, then opens the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s cashier-app folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Files of the billing extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the chunk being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {0} of {1}: {2} — {3:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}, {2:,} rows read, {3:,} kept, {4:,} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0:,} rows kept, {1:,} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} rejected rows, saved in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already used by another station: copy that station&apos;s two files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first station&apos;s two files (from the USB key kept in the office safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keys are made at Finish. Keep a copy of both files apart from the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on this PC, kept and checked: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first station&apos;s {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first station&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LastReceipt</name>
    <message>
        <source>Tendered {0} · applied {1} · change {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} left as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already posted before this retry. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: {0} waiting. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — City of Shelby utility payments</source>
        <translation>Verrouillé — Paiements des services publics de la Ville de Shelby</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Sign in — City of Shelby utility payments</source>
        <translation>Connexion — Paiements des services publics de la Ville de Shelby</translation>
    </message>
    <message>
        <source>City of Shelby</source>
        <translation>Ville de Shelby</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch closed: {0} checks, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It matches the control total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control total {0}: difference {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill stub could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single account matches “{0}”: type the account number or scan the stub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the stub or type the account number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a credit?</source>
        <translation>Laisser un crédit ?</translation>
    </message>
    <message>
        <source>{0}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>City of Shelby — Utility payments — Station {0}</source>
        <extracomment>The smallest window: 1366x768 at 125 % is 1093x614 less a title bar (counter_sizes.py gives way below 1400). Every key of the counter window: (key, what it does). Shown in tooltips and the user guide.</extracomment>
        <translation>Ville de Shelby — Paiements des services publics — Poste {0}</translation>
    </message>
    <message>
        <source>City of Shelby</source>
        <translation>Ville de Shelby</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the drawer is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor types their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Record pick-up</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Receipts waiting to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the waiting receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a receipt in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {0} saved as {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other station to move the receipts to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts moved to station {1}&apos;s printer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts not printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every receipt of this station has printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer opened (no sale).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}, {2} mm paper, {3} columns, drawer pin {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLinesModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prenote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnableChecksModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnedChecksDialog</name>
    <message>
        <source>Returned checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a check that is neither voided nor already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned check recorded for receipt {0}: {1} reversed, fee {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now cash only: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>The bank&apos;s return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACH files (*.ach *.txt *.ret);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the return file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} returns and {2} corrections applied; {3} reversed, {4} in fees, {5} enrollments ended; {6} already applied, {7} unknown, {8} not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} notice letters in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice letters could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsReportModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prenotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Save the bank draft file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACH files (*.ach *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void run {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is run {0} ({1} debits, {2}) voided? Its file must not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the run of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run that is created and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0} is marked sent to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0} made: {1} debits, {2}, {3} prenotes; settles {4}. File: {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0} is voided: {1} payments taken back ({2}). Do not send {3}: delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. Choose the draft date printed on the bills and make the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft date {0}, settles {1} · file ID modifier {2} · {3} debits, total {4} · {5} prenotes · made by {6} · {7}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · voided: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning — account {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drafted — account {0}, bill of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings; every bill of the date was drafted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDrop</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the scanned file from a folder (PDF, PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the scan here (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}, {2} KB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Scans of the bank draft form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans kept with the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close   Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF opens in the desktop&apos;s viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <source>Set up this station — City of Shelby utility payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel   Esc</source>
        <translation>Annuler   Échap</translation>
    </message>
    <message>
        <source>Leave without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the set-up and open the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Saved: this station prints on {0} from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page not printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page not finished: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test page printed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer was told to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: receipts go to {0} from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: text at {0} % from the app&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations already in this database: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the database&apos;s first station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StubReader</name>
    <message>
        <source>This bill stub could not be read: {0} Scan it again or type the account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill stub is for account {0}, which is not on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorCredentials</name>
    <message>
        <source>Supervisor user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor types their user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorScreen</name>
    <message>
        <source>Supervisor — drawers and the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an open drawer in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a counted drawer waiting for approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the difference before approving it.</source>
        <translation>Écrivez une note sur l&apos;écart avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>Pick-up of {0} from {1}&apos;s drawer recorded (supervisor: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s drawer at {1} is closed; over/short as counted, approved by {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {0} for good? No payment, void or drawer can be added to it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is closed. Print the day report and the deposit slip, then send the posting export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day report written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit slip written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} written: {1} ({2} rows, total {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}

Write every payment of the day again, marked as a re-export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drawer session on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} open · {1} waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was closed by {1} at {2}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint of {0} sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment that is not voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} payments · {1} (voided ones left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment today matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {0} is void; the VOID receipt is printing.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter readings on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} {2} (period ending {3})</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Selected user: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {0} changed; they can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {0}? They will no longer be able to sign in; their history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void receipt {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the payment is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>City of Shelby utility payments</source>
        <translation>Paiements des services publics de la Ville de Shelby</translation>
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
</TS>
