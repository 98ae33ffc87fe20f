<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>The payments service did not answer in time. Check the internet connection and try again; nothing will be charged twice.</source>
        <translation>Le service de paiement n'a pas répondu à temps. Vérifiez la connexion Internet et réessayez; rien ne sera facturé deux fois.</translation>
    </message>
    <message>
        <source>The secure connection to the payments service could not be verified. Ask your IT contact to check this computer's date and network.</source>
        <translation>La connexion sécurisée au service de paiement n'a pas pu être vérifiée. Demandez à votre responsable informatique de vérifier la date et le réseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The payments service cannot be reached. Check the internet connection and try again.</source>
        <translation>Le service de paiement est injoignable. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The payments account does not allow this operation.</source>
        <translation>Le compte de paiement ne permet pas cette opération.</translation>
    </message>
    <message>
        <source>The card was declined for insufficient funds. Ask the customer for another card.</source>
        <translation>La carte a été refusée pour fonds insuffisants. Demandez une autre carte au client.</translation>
    </message>
    <message>
        <source>The card has expired. Ask the customer for another card.</source>
        <translation>La carte est expirée. Demandez une autre carte au client.</translation>
    </message>
    <message>
        <source>The card was declined. Ask the customer to use another card or call their bank.</source>
        <translation>La carte a été refusée. Demandez au client d'utiliser une autre carte ou d'appeler sa banque.</translation>
    </message>
    <message>
        <source>This request was already sent with different details. Start it again from the beginning.</source>
        <translation>Cette demande a déjà été envoyée avec d'autres renseignements. Recommencez depuis le début.</translation>
    </message>
    <message>
        <source>The payments service is busy. Please wait a minute and try again.</source>
        <translation>Le service de paiement est occupé. Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The payments service had a problem. Try again in a few minutes; nothing will be charged twice.</source>
        <translation>Le service de paiement a eu un problème. Réessayez dans quelques minutes; rien ne sera facturé deux fois.</translation>
    </message>
    <message>
        <source>The payments service sent an answer DealerPay does not understand. Try again later.</source>
        <translation>Le service de paiement a envoyé une réponse que DealerPay ne comprend pas. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>This item no longer exists at the payments service. Refresh and try again.</source>
        <translation>Cet élément n'existe plus dans le service de paiement. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>The amount is not allowed for this payment.</source>
        <translation>Ce montant n'est pas permis pour ce paiement.</translation>
    </message>
    <message>
        <source>The statement descriptor was refused: use 5 to 22 letters or digits, with at least one letter and none of &lt; &gt; \ ' " *.</source>
        <translation>Le libellé de relevé a été refusé : utilisez de 5 à 22 lettres ou chiffres, dont au moins une lettre, sans aucun de ces caractères : &lt; &gt; \ ' " *.</translation>
    </message>
    <message>
        <source>The payments service refused the request: %1</source>
        <translation>Le service de paiement a refusé la demande : %1</translation>
    </message>
    <message>
        <source>The payments service refused the request.</source>
        <translation>Le service de paiement a refusé la demande.</translation>
    </message>
    <message>
        <source>The payments service did not accept this workstation's API key. Ask an Admin to enter the key again.</source>
        <translation>Le service de paiement n’a pas accepté la clé API de ce poste. Demandez à un administrateur de saisir la clé de nouveau.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d'audit n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The entry before entry %1 was deleted or its link was changed.</source>
        <translation>L'entrée qui précède l'entrée %1 a été supprimée ou son lien a été modifié.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>L'entrée %1 a été modifiée après son enregistrement.</translation>
    </message>
</context>
<context>
    <name>BankDepositRepository</name>
    <message>
        <source>read the bank deposits</source>
        <translation>lire les dépôts bancaires</translation>
    </message>
    <message>
        <source>save the bank deposits</source>
        <translation>enregistrer les dépôts bancaires</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>The transaction has no valid DTPOSTED date ("%1").</source>
        <translation>La transaction n'a pas de date DTPOSTED valide (« %1 »).</translation>
    </message>
    <message>
        <source>The transaction has no valid TRNAMT amount ("%1").</source>
        <translation>La transaction n'a pas de montant TRNAMT valide (« %1 »).</translation>
    </message>
    <message>
        <source>The OFX file holds no transactions (no STMTTRN).</source>
        <translation>Le fichier OFX ne contient aucune transaction (aucun STMTTRN).</translation>
    </message>
    <message>
        <source>The bank statement has no transactions.</source>
        <translation>Le relevé bancaire ne contient aucune transaction.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell: a quote (") is not closed.</source>
        <translation>Le fichier se termine à l'intérieur d'une cellule entre guillemets : un guillemet (") n'est pas fermé.</translation>
    </message>
    <message>
        <source>The columns of this bank statement are not recognized: it needs a date column and an amount (or credit) column.</source>
        <translation>Les colonnes de ce relevé bancaire ne sont pas reconnues : il faut une colonne de date et une colonne de montant (ou de crédit).</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>« %1 » n'est pas une date.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>« %1 » n'est pas un montant.</translation>
    </message>
    <message>
        <source>This line has no amount in its credit or debit column.</source>
        <translation>Cette ligne n'a aucun montant dans sa colonne de crédit ou de débit.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stopping: waiting for the running jobs to end…</source>
        <translation>Arrêt : attente de la fin des tâches en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed.</source>
        <translation>
            <numerusform>%n tâche a échoué.</numerusform>
            <numerusform>%n tâches ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was stopped; the next run continues where it stopped.</source>
        <translation>La synchronisation a été arrêtée ; la prochaine exécution reprendra là où elle s'est arrêtée.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>La synchronisation a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s)</source>
        <translation>
            <numerusform>%n virement</numerusform>
            <numerusform>%n virements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) written to %2</source>
        <translation>
            <numerusform>%1 : %n ligne écrite dans %2</numerusform>
            <numerusform>%1 : %n lignes écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL stores are not supported yet: pass the path of a SQLite file to --db.</source>
        <translation>Les bases PostgreSQL ne sont pas encore prises en charge : indiquez à --db le chemin d'un fichier SQLite.</translation>
    </message>
    <message>
        <source>--db takes the path of a SQLite file, not "%1".</source>
        <translation>--db attend le chemin d'un fichier SQLite, et non « %1 ».</translation>
    </message>
    <message>
        <source>The store %1 cannot be written to.</source>
        <translation>Impossible d'écrire dans la base %1.</translation>
    </message>
    <message>
        <source>The folder of the store, %1, does not exist.</source>
        <translation>Le dossier de la base, %1, n'existe pas.</translation>
    </message>
    <message>
        <source>The store cannot be created: the folder %1 cannot be written to.</source>
        <translation>La base ne peut pas être créée : impossible d'écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>The API key is never taken from the command line: every user of this machine can read a command line. Put it in the environment variable %1 or in the keychain (the desktop app stores it there).</source>
        <translation>La clé API n'est jamais lue sur la ligne de commande : tous les utilisateurs de cet ordinateur peuvent lire une ligne de commande. Placez-la dans la variable d'environnement %1 ou dans le trousseau (l'application de bureau l'y enregistre).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>"%1" is not the address of a payments API: give an http:// or https:// URL to --api-base.</source>
        <translation>« %1 » n'est pas l'adresse d'une API de paiement : indiquez à --api-base une URL en http:// ou https://.</translation>
    </message>
    <message>
        <source>No API key: set the environment variable %1, or save the key in the keychain by signing in to the desktop app in live mode once.</source>
        <translation>Aucune clé API : définissez la variable d'environnement %1, ou enregistrez la clé dans le trousseau en vous connectant une fois à l'application de bureau en mode réel.</translation>
    </message>
    <message>
        <source>The store %1 could not be opened: %2</source>
        <translation>La base %1 n'a pas pu être ouverte : %2</translation>
    </message>
    <message>
        <source>The payments API at %1 refused the API key (HTTP 401). Check the key in %2 or in the keychain.</source>
        <translation>L'API de paiement à l'adresse %1 a refusé la clé API (HTTP 401). Vérifiez la clé dans %2 ou dans le trousseau.</translation>
    </message>
    <message>
        <source>The payments API at %1 cannot be reached: %2</source>
        <translation>L'API de paiement à l'adresse %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The payments API at %1 answered with an error: %2</source>
        <translation>L'API de paiement à l'adresse %1 a répondu par une erreur : %2</translation>
    </message>
    <message>
        <source>Give the store with --db.</source>
        <translation>Indiquez la base de données avec --db.</translation>
    </message>
    <message>
        <source>Give the file to write with --out (- for stdout).</source>
        <translation>Indiquez le fichier à écrire avec --out (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation>La sortie standard ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1.</source>
        <translation><numerusform>%n paiement écrit dans %1.</numerusform><numerusform>%n paiements écrits dans %1.</numerusform></translation>
    </message>
    <message>
        <source>--db is required: give the store's SQLite file.</source>
        <translation>--db est obligatoire : indiquez le fichier SQLite de la base de données.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--from attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--to attend une date au format AAAA-MM-JJ, et non « %1 ».</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to ne doit pas être antérieur à --from.</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>La base de données %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n DMS line(s), %3 matched, %4 unmatched DMS line(s), %5 unmatched payment(s), %6 difference(s).</source>
        <translation><numerusform>%1 (%2) : %n ligne du DMS, %3 rapprochées, %4 ligne(s) du DMS non rapprochée(s), %5 paiement(s) non rapproché(s), %6 écart(s).</numerusform><numerusform>%1 (%2) : %n lignes du DMS, %3 rapprochées, %4 ligne(s) du DMS non rapprochée(s), %5 paiement(s) non rapproché(s), %6 écart(s).</numerusform></translation>
    </message>
    <message>
        <source>The day is closed: nothing new was matched.</source>
        <translation>La journée est clôturée : aucun nouveau rapprochement n'a été fait.</translation>
    </message>
    <message>
        <source>Give the day with --date YYYY-MM-DD.</source>
        <translation>Indiquez la journée avec --date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give the time zone with --tz, e.g. America/Toronto.</source>
        <translation>Indiquez le fuseau horaire avec --tz, p. ex. America/Toronto.</translation>
    </message>
    <message>
        <source>--rooftop takes the number of a rooftop.</source>
        <translation>--rooftop attend le numéro d'une concession.</translation>
    </message>
    <message>
        <source>Give the DMS export with --dms.</source>
        <translation>Indiquez l'exportation du DMS avec --dms.</translation>
    </message>
    <message>
        <source>The DMS export %1 cannot be read: %2</source>
        <translation>L'exportation du DMS %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The bank statement %1 cannot be read: %2</source>
        <translation>Le relevé bancaire %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The bank statement has bad lines: nothing was imported.</source>
        <translation>Le relevé bancaire contient des lignes invalides : rien n'a été importé.</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>reconcile</translation>
    </message>
    <message>
        <source>The columns of %1 are not recognized and no column mapping is saved for the DMS "%2": import it once in DealerPay (Reconciliation) to choose them, then run this again.</source>
        <translation>Les colonnes de %1 ne sont pas reconnues et aucune correspondance de colonnes n'est enregistrée pour le DMS « %2 » : importez-le une fois dans DealerPay (Rapprochement) pour les choisir, puis relancez cette commande.</translation>
    </message>
    <message numerus="yes">
        <source>The DMS export has %n bad line(s): nothing was imported.</source>
        <translation><numerusform>L'exportation du DMS contient %n ligne invalide : rien n'a été importé.</numerusform><numerusform>L'exportation du DMS contient %n lignes invalides : rien n'a été importé.</numerusform></translation>
    </message>
    <message>
        <source>Note: %1 has no line dated %2.</source>
        <translation>Remarque : %1 ne contient aucune ligne datée du %2.</translation>
    </message>
    <message>
        <source>No connected rooftop has the id %1. Connected rooftops: %2.</source>
        <translation>Aucune concession connectée n'a l'identifiant %1. Concessions connectées : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No rooftop of the store is connected to a payments account.</source>
        <translation>Aucune concession de la base de données n'est connectée à un compte de paiements.</translation>
    </message>
    <message>
        <source>Several rooftops are connected: choose one with --rooftop (%1).</source>
        <translation>Plusieurs concessions sont connectées : choisissez-en une avec --rooftop (%1).</translation>
    </message>
    <message>
        <source>Missing options: %1. See --help.</source>
        <translation>Options manquantes : %1. Voir --help.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Asking for the report…</source>
        <translation>Demande du rapport…</translation>
    </message>
    <message>
        <source>Waiting for the report…</source>
        <translation>En attente du rapport…</translation>
    </message>
    <message>
        <source>Downloading the report…</source>
        <translation>Téléchargement du rapport…</translation>
    </message>
</context>
<context>
    <name>ConnectionService</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Bank account for payouts</source>
        <translation>Compte bancaire pour les versements</translation>
    </message>
    <message>
        <source>Business tax ID (EIN, BN or NEQ)</source>
        <translation>Numéro fiscal de l'entreprise (EIN, NE ou NEQ)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Ownership structure</source>
        <translation>Structure de propriété</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Business phone number</source>
        <translation>Numéro de téléphone de l'entreprise</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur d'activité</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Description des produits</translation>
    </message>
    <message>
        <source>Business website</source>
        <translation>Site Web de l'entreprise</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Type d'entreprise</translation>
    </message>
    <message>
        <source>Representative's personal details</source>
        <translation>Renseignements personnels du représentant</translation>
    </message>
    <message>
        <source>Acceptance of the terms of service</source>
        <translation>Acceptation des conditions d'utilisation</translation>
    </message>
    <message>
        <source>Connect this rooftop to payments first.</source>
        <translation>Connectez d'abord cet établissement aux paiements.</translation>
    </message>
    <message>
        <source>Choose how often payouts are sent.</source>
        <translation>Choisissez la fréquence des versements.</translation>
    </message>
    <message>
        <source>Choose the day of the week for payouts.</source>
        <translation>Choisissez le jour de la semaine des versements.</translation>
    </message>
    <message>
        <source>Choose a day of the month between 1 and 31.</source>
        <translation>Choisissez un jour du mois entre 1 et 31.</translation>
    </message>
    <message>
        <source>The payout delay must be between 2 and 30 days.</source>
        <translation>Le délai de versement doit être de 2 à 30 jours.</translation>
    </message>
    <message>
        <source>Enter your password again to see bank and tax details.</source>
        <translation>Saisissez de nouveau votre mot de passe pour voir les renseignements bancaires et fiscaux.</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Not provided yet</source>
        <translation>Pas encore fourni</translation>
    </message>
    <message>
        <source>No bank account yet</source>
        <translation>Aucun compte bancaire pour l'instant</translation>
    </message>
    <message>
        <source>This rooftop no longer exists.</source>
        <translation>Cet établissement n'existe plus.</translation>
    </message>
    <message>
        <source>Rooftop name</source>
        <translation>Nom de l'établissement</translation>
    </message>
    <message>
        <source>A rooftop with this name already exists.</source>
        <translation>Un établissement porte déjà ce nom.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Choisissez au moins un pays.</translation>
    </message>
    <message>
        <source>Payments are not offered in %1.</source>
        <translation>Les paiements ne sont pas offerts dans ce pays : %1.</translation>
    </message>
    <message>
        <source>save the allowed countries</source>
        <translation>enregistrer les pays autorisés</translation>
    </message>
    <message>
        <source>Payments are offered only to businesses registered in the allowed countries.</source>
        <translation>Les paiements ne sont offerts qu'aux entreprises enregistrées dans les pays autorisés.</translation>
    </message>
    <message>
        <source>Only a person authorized to sign for the organization may connect payments.</source>
        <translation>Seule une personne autorisée à signer au nom de l'organisation peut connecter les paiements.</translation>
    </message>
    <message>
        <source>Enter your password again to send bank and tax details.</source>
        <translation>Saisissez de nouveau votre mot de passe pour envoyer les renseignements bancaires et fiscaux.</translation>
    </message>
    <message>
        <source>Connect this rooftop first.</source>
        <translation>Connectez d'abord cet établissement.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Onboarding incomplete</source>
        <translation>Inscription incomplète</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Setting up customer payments by text message</source>
        <translation>Mise en place des paiements clients par texto</translation>
    </message>
    <message>
        <source>Hello,

We would like to enable payments in DealerPay for %1 so that customers can pay us by text message. To set it up I need your help with the bank account information and with the workflow in our dealer management system that our consultants will follow.

I will need the following to connect our payments account:
- Billing address on record
- Details of the business ownership structure
- Business tax ID: EIN (United States), BN (Canada) or NEQ (Québec)
- Industry and a general description of our products
- Personal details of the person who submits the connection
- Bank account to receive payouts:
    United States: routing number and account number
    Canada: transit number, institution number and account number

I will invite the accounting staff to DealerPay so that you can reconcile customer payments every day with our dealer management system.

Thank you for your help,
%2</source>
        <translation>Bonjour,

Nous aimerions activer les paiements dans DealerPay pour %1 afin que nos clients puissent nous payer par texto. Pour la mise en place, j'ai besoin de votre aide pour les renseignements du compte bancaire et pour la procédure que nos conseillers suivront dans notre système de gestion de concession.

Voici ce qu'il me faut pour connecter notre compte de paiement :
- Adresse de facturation au dossier
- Renseignements sur la structure de propriété de l'entreprise
- Numéro fiscal de l'entreprise : EIN (États-Unis), NE (Canada) ou NEQ (Québec)
- Secteur d'activité et description générale de nos produits
- Renseignements personnels de la personne qui effectue la connexion
- Compte bancaire qui recevra les versements :
    États-Unis : numéro d'acheminement et numéro de compte
    Canada : numéro de transit, numéro d'institution et numéro de compte

J'inviterai le personnel de la comptabilité dans DealerPay afin que vous puissiez rapprocher chaque jour les paiements des clients avec notre système de gestion de concession.

Merci de votre aide,
%2</translation>
    </message>
    <message>
        <source>Another rooftop already has this name.</source>
        <translation>Un autre établissement porte déjà ce nom.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Québec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message numerus="yes">
        <source>%n-day delay</source>
        <translation>
            <numerusform>délai de %n jour</numerusform>
            <numerusform>délai de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily, %1</source>
        <translation>Quotidien, %1</translation>
    </message>
    <message>
        <source>Weekly on %1, %2</source>
        <translation>Hebdomadaire (%1), %2</translation>
    </message>
    <message>
        <source>Monthly on day %1, %2</source>
        <translation>Mensuel, le %1 du mois, %2</translation>
    </message>
    <message>
        <source>Manual — payouts are sent only when requested</source>
        <translation>Manuel — les versements sont envoyés uniquement sur demande</translation>
    </message>
</context>
<context>
    <name>DmsImport</name>
    <message>
        <source>The file is empty: it has no lines to import.</source>
        <translation>Le fichier est vide : il n'a aucune ligne à importer.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell: a quote (") is not closed.</source>
        <translation>Le fichier se termine à l'intérieur d'une cellule entre guillemets : un guillemet (") n'est pas fermé.</translation>
    </message>
    <message>
        <source>The columns of this file are not recognized: say which column holds the date, the amount and the RO number.</source>
        <translation>Les colonnes de ce fichier ne sont pas reconnues : indiquez quelle colonne contient la date, le montant et le numéro de BT.</translation>
    </message>
    <message>
        <source>Say at least which columns hold the date and the amount.</source>
        <translation>Indiquez au moins quelles colonnes contiennent la date et le montant.</translation>
    </message>
    <message>
        <source>"%1" is not a time zone (e.g. America/Toronto).</source>
        <translation>« %1 » n'est pas un fuseau horaire (p. ex. America/Toronto).</translation>
    </message>
    <message numerus="yes">
        <source>This line has %n cell(s); the columns chosen need %1.</source>
        <translation><numerusform>Cette ligne a %n cellule; les colonnes choisies en demandent %1.</numerusform><numerusform>Cette ligne a %n cellules; les colonnes choisies en demandent %1.</numerusform></translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>« %1 » n'est pas une date.</translation>
    </message>
    <message>
        <source>"%1" is not a time.</source>
        <translation>« %1 » n'est pas une heure.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>Le montant est vide.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>« %1 » n'est pas un montant.</translation>
    </message>
    <message>
        <source>"%1" is not a currency code (e.g. USD).</source>
        <translation>« %1 » n'est pas un code de devise (p. ex. USD).</translation>
    </message>
    <message>
        <source>The file has a header but no lines to import.</source>
        <translation>Le fichier a un en-tête, mais aucune ligne à importer.</translation>
    </message>
</context>
<context>
    <name>DmsRepository</name>
    <message>
        <source>read the DMS lines</source>
        <translation>lire les lignes du DMS</translation>
    </message>
    <message>
        <source>save the DMS lines</source>
        <translation>enregistrer les lignes du DMS</translation>
    </message>
    <message>
        <source>read the DMS column mapping</source>
        <translation>lire la correspondance des colonnes du DMS</translation>
    </message>
    <message>
        <source>save the DMS column mapping</source>
        <translation>enregistrer la correspondance des colonnes du DMS</translation>
    </message>
</context>
<context>
    <name>InvitationRepository</name>
    <message>
        <source>read the invitation</source>
        <translation>lire l'invitation</translation>
    </message>
    <message>
        <source>save the invitation</source>
        <translation>enregistrer l'invitation</translation>
    </message>
    <message>
        <source>read the invitations</source>
        <translation>lire les invitations</translation>
    </message>
    <message>
        <source>revoke the invitation</source>
        <translation>révoquer l'invitation</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The job was stopped.</source>
        <translation>La tâche a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Card receipts (gross)</source>
        <translation>Encaissements par carte (bruts)</translation>
    </message>
    <message>
        <source>Card processing fees</source>
        <translation>Frais de traitement des cartes</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Remboursements par carte</translation>
    </message>
    <message>
        <source>Payouts deposited in the bank</source>
        <translation>Virements déposés à la banque</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>The mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Enter the server's name, like smtp.example.com.</source>
        <translation>Saisissez le nom du serveur, p. ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 587).</source>
        <translation>Le port est un nombre de 1 à 65535 (habituellement 587).</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Saisissez le nom d'utilisateur associé au mot de passe.</translation>
    </message>
    <message>
        <source>The password could not be kept in %1: %2</source>
        <translation>Le mot de passe n'a pas pu être conservé dans %1 : %2</translation>
    </message>
    <message>
        <source>This is a test message from DealerPay. Invitations and payout e-mails of %1 will be sent the same way.</source>
        <translation>Ceci est un message de test de DealerPay. Les invitations et les courriels de versement de %1 seront envoyés de la même façon.</translation>
    </message>
    <message>
        <source>DealerPay test message</source>
        <translation>Message de test DealerPay</translation>
    </message>
</context>
<context>
    <name>PaymentExport</name>
    <message>
        <source>Give the first day to export (YYYY-MM-DD).</source>
        <translation>Indiquez le premier jour à exporter (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Give the last day to export (YYYY-MM-DD).</source>
        <translation>Indiquez le dernier jour à exporter (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour est antérieur au premier jour.</translation>
    </message>
    <message>
        <source>"%1" is not a time zone: give an IANA zone such as America/Toronto.</source>
        <translation>« %1 » n'est pas un fuseau horaire : indiquez un fuseau IANA comme America/Toronto.</translation>
    </message>
    <message>
        <source>"%1" is not a column of the export. The columns are: %2.</source>
        <translation>« %1 » n'est pas une colonne de l'exportation. Les colonnes sont : %2.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L'exportation a été annulée.</translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>Le fichier d'exportation n'a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>PaymentExportRepository</name>
    <message>
        <source>read the payments to export</source>
        <translation>lire les paiements à exporter</translation>
    </message>
</context>
<context>
    <name>PaymentRequests</name>
    <message>
        <source>Choose the rooftop that takes this payment.</source>
        <translation>Choisissez l'établissement qui encaisse ce paiement.</translation>
    </message>
    <message>
        <source>%1 cannot take payments yet: an Admin must finish connecting it.</source>
        <translation>%1 ne peut pas encore encaisser de paiements : un administrateur doit terminer sa connexion.</translation>
    </message>
    <message>
        <source>save the payment request</source>
        <translation>enregistrer la demande de paiement</translation>
    </message>
    <message>
        <source>Repair order %1</source>
        <translation>Bon de travail %1</translation>
    </message>
    <message>
        <source>%1: Hello %2, here is your secure link to pay %3 for RO %4: %5</source>
        <translation>%1 : Bonjour %2, voici votre lien sécurisé pour payer %3 pour le bon de travail %4 : %5</translation>
    </message>
    <message>
        <source>Your payment link from %1</source>
        <translation>Votre lien de paiement de %1</translation>
    </message>
    <message>
        <source>Hello %1,

Here is your secure link to pay %2 for repair order %3:
%4

Thank you,
%5</source>
        <translation>Bonjour %1,

Voici votre lien sécurisé pour payer %2 pour le bon de travail %3 :
%4

Merci,
%5</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello %1,&lt;/p&gt;&lt;p&gt;Here is your secure link to pay &lt;b&gt;%2&lt;/b&gt; for repair order %3:&lt;/p&gt;&lt;p&gt;&lt;a href="%4"&gt;Pay %2 now&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Thank you,&lt;br&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bonjour %1,&lt;/p&gt;&lt;p&gt;Voici votre lien sécurisé pour payer &lt;b&gt;%2&lt;/b&gt; pour le bon de travail %3 :&lt;/p&gt;&lt;p&gt;&lt;a href="%4"&gt;Payer %2 maintenant&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Merci,&lt;br&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The payment link was created but could not be delivered: %1 Use Resend when it is fixed.</source>
        <translation>Le lien de paiement a été créé, mais n'a pas pu être transmis : %1 Utilisez Renvoyer une fois le problème réglé.</translation>
    </message>
    <message>
        <source>You can only change your own payment requests.</source>
        <translation>Vous ne pouvez modifier que vos propres demandes de paiement.</translation>
    </message>
    <message>
        <source>This request is %1 and cannot be sent again.</source>
        <translation>Cette demande est à l'état « %1 » et ne peut pas être renvoyée.</translation>
    </message>
    <message>
        <source>This request is already %1.</source>
        <translation>Cette demande est déjà à l'état « %1 ».</translation>
    </message>
    <message>
        <source>The customer has already paid this request.</source>
        <translation>Le client a déjà payé cette demande.</translation>
    </message>
    <message>
        <source>The text message could not be delivered to this number.</source>
        <translation>Le texto n'a pas pu être livré à ce numéro.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consultée</translation>
    </message>
    <message>
        <source>Challenged</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Send the request by text message, by e-mail, or both.</source>
        <translation>Envoyez la demande par texto, par courriel ou les deux.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>Le montant doit être d'au moins %1.</translation>
    </message>
    <message>
        <source>A payment request is limited to %1. Split larger amounts into several requests.</source>
        <translation>Une demande de paiement est limitée à %1. Divisez les montants plus élevés en plusieurs demandes.</translation>
    </message>
    <message>
        <source>Repair order or invoice number</source>
        <translation>Numéro de bon de travail ou de facture</translation>
    </message>
    <message>
        <source>Only credit and debit cards are accepted.</source>
        <translation>Seules les cartes de crédit et de débit sont acceptées.</translation>
    </message>
    <message>
        <source>read the payment request</source>
        <translation>lire la demande de paiement</translation>
    </message>
    <message>
        <source>This payment request no longer exists.</source>
        <translation>Cette demande de paiement n'existe plus.</translation>
    </message>
    <message>
        <source>read the payment requests</source>
        <translation>lire les demandes de paiement</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The payment link may not have been created: %1 Press Send again: the same request is finished and the customer gets one link.</source>
        <translation>Le lien de paiement n'a peut-être pas été créé : %1 Appuyez de nouveau sur Envoyer : la même demande sera terminée et le client ne recevra qu'un seul lien.</translation>
    </message>
</context>
<context>
    <name>PaymentState</name>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Partiellement remboursé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>You keep</source>
        <translation>Vous gardez</translation>
    </message>
    <message>
        <source>What the customer paid.</source>
        <translation>Ce que le client a payé.</translation>
    </message>
    <message>
        <source>The processing fee of the payment. It is not returned when the payment is refunded.</source>
        <translation>Les frais de traitement du paiement. Ils ne sont pas rendus lorsque le paiement est remboursé.</translation>
    </message>
    <message>
        <source>What has been given back to the customer so far.</source>
        <translation>Ce qui a été rendu au client jusqu'à présent.</translation>
    </message>
    <message>
        <source>What the dealership keeps: the amount, less the fee, less what was refunded.</source>
        <translation>Ce que la concession garde : le montant, moins les frais, moins ce qui a été remboursé.</translation>
    </message>
</context>
<context>
    <name>PaymentsText</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
</context>
<context>
    <name>PayoutListRepository</name>
    <message>
        <source>read the payouts</source>
        <translation>lire les virements</translation>
    </message>
</context>
<context>
    <name>PayoutMailJob</name>
    <message>
        <source>Payout e-mails</source>
        <translation>Courriels de versement</translation>
    </message>
    <message>
        <source>Sending the payout e-mails…</source>
        <translation>Envoi des courriels de versement…</translation>
    </message>
    <message numerus="yes">
        <source>%n payout e-mail(s) sent.</source>
        <translation>
            <numerusform>%n courriel de versement envoyé.</numerusform>
            <numerusform>%n courriels de versement envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be sent and will be tried again: %1</source>
        <translation>
            <numerusform>%n courriel n'a pas pu être envoyé et sera renvoyé plus tard : %1</numerusform>
            <numerusform>%n courriels n'ont pas pu être envoyés et seront renvoyés plus tard : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutNotifier</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: the payout e-mails wait until an Admin enters the mail server.</source>
        <translation>Le courriel n'est pas encore configuré : les courriels de versement attendront qu'un administrateur saisisse le serveur de messagerie.</translation>
    </message>
    <message>
        <source>The payout %1 is no longer in the outbox.</source>
        <translation>Le versement %1 n'est plus dans la boîte d'envoi.</translation>
    </message>
</context>
<context>
    <name>PayoutRepository</name>
    <message>
        <source>read the payout e-mail recipients</source>
        <translation>lire les destinataires des courriels de versement</translation>
    </message>
    <message>
        <source>read the payout e-mails</source>
        <translation>lire les courriels de versement</translation>
    </message>
    <message>
        <source>save the payout e-mails</source>
        <translation>enregistrer les courriels de versement</translation>
    </message>
    <message>
        <source>save the payout e-mail recipients</source>
        <translation>enregistrer les destinataires des courriels de versement</translation>
    </message>
    <message>
        <source>read the sync position</source>
        <translation>lire la position de synchronisation</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>enregistrer la position de synchronisation</translation>
    </message>
</context>
<context>
    <name>PayoutService</name>
    <message>
        <source>The payout could not be read from the payments server: %1</source>
        <translation>Le versement n'a pas pu être lu sur le serveur de paiements : %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Live payments</source>
        <translation>Paiements réels</translation>
    </message>
    <message>
        <source>Enter the secret API key of your payments platform (it is kept in %1):</source>
        <translation>Saisissez la clé API secrète de votre plateforme de paiement (elle est conservée dans %1) :</translation>
    </message>
    <message>
        <source>DealerPay</source>
        <translation>DealerPay</translation>
    </message>
    <message>
        <source>Demo Motors Group</source>
        <translation>Demo Motors Group</translation>
    </message>
    <message>
        <source>Opening DealerPay…</source>
        <translation>Ouverture de DealerPay…</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Préparation de la démo…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage de l'environnement de test…</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>The day %1 is closed: it can no longer be changed. An Admin can reopen it, with a reason.</source>
        <translation>La journée du %1 est clôturée : elle ne peut plus être modifiée. Un administrateur peut la rouvrir en indiquant un motif.</translation>
    </message>
    <message>
        <source>RO number and amount</source>
        <translation>Numéro de BT et montant</translation>
    </message>
    <message>
        <source>Amount and time</source>
        <translation>Montant et heure</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Payout and bank deposit</source>
        <translation>Virement et dépôt bancaire</translation>
    </message>
    <message>
        <source>Matched by hand</source>
        <translation>Rapproché manuellement</translation>
    </message>
    <message>
        <source>This day was changed on another workstation; here is its current state.</source>
        <translation>Cette journée a été modifiée sur un autre poste de travail; voici son état actuel.</translation>
    </message>
    <message>
        <source>Say at least which columns hold the date and the amount.</source>
        <translation>Indiquez au moins quelles colonnes contiennent la date et le montant.</translation>
    </message>
    <message>
        <source>save the DMS lines</source>
        <translation>enregistrer les lignes du DMS</translation>
    </message>
    <message>
        <source>the transaction failed</source>
        <translation>la transaction a échoué</translation>
    </message>
    <message>
        <source>save the bank deposits</source>
        <translation>enregistrer les dépôts bancaires</translation>
    </message>
    <message>
        <source>Choose the day to close.</source>
        <translation>Choisissez la journée à clôturer.</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>Cette journée est déjà clôturée.</translation>
    </message>
    <message>
        <source>close the day</source>
        <translation>clôturer la journée</translation>
    </message>
    <message>
        <source>Say why the day is reopened.</source>
        <translation>Indiquez pourquoi la journée est rouverte.</translation>
    </message>
    <message>
        <source>This day is not closed.</source>
        <translation>Cette journée n'est pas clôturée.</translation>
    </message>
    <message>
        <source>reopen the day</source>
        <translation>rouvrir la journée</translation>
    </message>
    <message>
        <source>The journal could not be written to %1: %2</source>
        <translation>Le journal n'a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Choose the day to reconcile.</source>
        <translation>Choisissez la journée à rapprocher.</translation>
    </message>
    <message>
        <source>save the matches</source>
        <translation>enregistrer les rapprochements</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Choisissez la journée.</translation>
    </message>
    <message>
        <source>Choose what to match on both sides: a DMS line and a payment, or a payout and a bank deposit.</source>
        <translation>Choisissez les éléments à rapprocher des deux côtés : une ligne du DMS et un paiement, ou un virement et un dépôt bancaire.</translation>
    </message>
    <message>
        <source>Say why these go together: a note is required.</source>
        <translation>Indiquez pourquoi ces éléments vont ensemble : une note est obligatoire.</translation>
    </message>
    <message>
        <source>Some of these are matched already (on this or another workstation): unmatch them first.</source>
        <translation>Certains de ces éléments sont déjà rapprochés (sur ce poste ou un autre) : annulez d'abord leur rapprochement.</translation>
    </message>
    <message>
        <source>save the match</source>
        <translation>enregistrer le rapprochement</translation>
    </message>
    <message>
        <source>Say why the match is undone: a note is required.</source>
        <translation>Indiquez pourquoi le rapprochement est annulé : une note est obligatoire.</translation>
    </message>
    <message>
        <source>undo the match</source>
        <translation>annuler le rapprochement</translation>
    </message>
</context>
<context>
    <name>ReconciliationRepository</name>
    <message>
        <source>read the reconciliation of the day</source>
        <translation>lire le rapprochement de la journée</translation>
    </message>
    <message>
        <source>save the reconciliation of the day</source>
        <translation>enregistrer le rapprochement de la journée</translation>
    </message>
    <message>
        <source>save the match</source>
        <translation>enregistrer le rapprochement</translation>
    </message>
    <message>
        <source>undo the match</source>
        <translation>annuler le rapprochement</translation>
    </message>
</context>
<context>
    <name>ReconciliationRows</name>
    <message>
        <source>RO %1: the DMS says %2, the card payments total %3 (difference %4).</source>
        <translation>BT %1 : le DMS indique %2, les paiements par carte totalisent %3 (écart de %4).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>Numéro de BT</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Rapproché par</translation>
    </message>
    <message>
        <source>DMS</source>
        <translation>DMS</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Paiements par carte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Concession</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Dépôt bancaire</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Line %1 of the DMS file</source>
        <translation>Ligne %1 du fichier DMS</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>No RO number and no card payment of this amount at this time.</source>
        <translation>Aucun numéro de BT et aucun paiement par carte de ce montant à cette heure.</translation>
    </message>
    <message>
        <source>No card payment carries RO %1 on this day.</source>
        <translation>Aucun paiement par carte ne porte le BT %1 ce jour-là.</translation>
    </message>
    <message>
        <source>No DMS line of this amount at this time.</source>
        <translation>Aucune ligne du DMS de ce montant à cette heure.</translation>
    </message>
    <message>
        <source>No DMS line carries RO %1 on this day.</source>
        <translation>Aucune ligne du DMS ne porte le BT %1 ce jour-là.</translation>
    </message>
    <message>
        <source>A refund with no negative DMS line of its amount.</source>
        <translation>Un remboursement sans ligne négative du DMS du même montant.</translation>
    </message>
    <message>
        <source>Matched by %1: %2</source>
        <translation>Rapproché par %1 : %2</translation>
    </message>
    <message>
        <source>No bank deposit</source>
        <translation>Aucun dépôt bancaire</translation>
    </message>
    <message>
        <source>No deposit of %1 on the bank statement within 2 business days of %2.</source>
        <translation>Aucun dépôt de %1 sur le relevé bancaire dans les 2 jours ouvrables suivant le %2.</translation>
    </message>
    <message>
        <source>No payout</source>
        <translation>Aucun virement</translation>
    </message>
    <message>
        <source>No payout of %1 arrived within 2 business days of %2 (%3).</source>
        <translation>Aucun virement de %1 n'est arrivé dans les 2 jours ouvrables suivant le %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1 (%n paiement)</numerusform>
            <numerusform>%1 (%n paiements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · %1</source>
        <translation>
            <numerusform>%n ligne · %1</numerusform>
            <numerusform>%n lignes · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundEligibility</name>
    <message>
        <source>Only an Admin or a Manager of a payment-taking team can refund.</source>
        <translation>Seul un administrateur ou un gestionnaire d'une équipe qui encaisse les paiements peut rembourser.</translation>
    </message>
    <message>
        <source>This payment failed: no money was taken, so there is nothing to refund.</source>
        <translation>Ce paiement a échoué : aucun argent n'a été prélevé, il n'y a donc rien à rembourser.</translation>
    </message>
    <message>
        <source>This payment has not gone through yet. It can be refunded once it has.</source>
        <translation>Ce paiement n'a pas encore été traité. Il pourra être remboursé une fois traité.</translation>
    </message>
    <message>
        <source>This payment has already been refunded in full.</source>
        <translation>Ce paiement a déjà été remboursé en totalité.</translation>
    </message>
</context>
<context>
    <name>RefundRecoveryJob</name>
    <message>
        <source>Refund recovery</source>
        <translation>Reprise des remboursements</translation>
    </message>
    <message>
        <source>Checking the refunds whose outcome is unknown…</source>
        <translation>Vérification des remboursements dont le résultat est inconnu…</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) with an unknown outcome settled.</source>
        <translation>
            <numerusform>%n remboursement au résultat inconnu a été résolu.</numerusform>
            <numerusform>%n remboursements au résultat inconnu ont été résolus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundRepository</name>
    <message>
        <source>read the refunds</source>
        <translation>lire les remboursements</translation>
    </message>
    <message>
        <source>save the refund</source>
        <translation>enregistrer le remboursement</translation>
    </message>
    <message>
        <source>Another refund of this payment is being made. Wait for it to finish, then look at the payment again.</source>
        <translation>Un autre remboursement de ce paiement est en cours. Attendez qu'il se termine, puis consultez de nouveau le paiement.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>Duplicate payment</source>
        <translation>Paiement en double</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Paiement frauduleux</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>Demandé par le client</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Choose why the payment is refunded.</source>
        <translation>Choisissez le motif du remboursement.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>At most %1 can still be refunded on this payment.</source>
        <translation>Au plus %1 peut encore être remboursé sur ce paiement.</translation>
    </message>
    <message>
        <source>This refund was not prepared. Start it again.</source>
        <translation>Ce remboursement n'a pas été préparé. Recommencez.</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking. The refund of %1 on this payment is checked with the payments server before another refund can be made.</source>
        <translation>Résultat du remboursement inconnu — vérification en cours. Le remboursement de %1 sur ce paiement est vérifié auprès du serveur de paiement avant qu'un autre remboursement puisse être fait.</translation>
    </message>
    <message>
        <source>Refund outcome unknown: the payments server could not be asked (%1). Nothing was sent again; try again in a moment.</source>
        <translation>Résultat du remboursement inconnu : le serveur de paiement n'a pas pu être interrogé (%1). Rien n'a été renvoyé ; réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The payments server never received this refund.</source>
        <translation>Le serveur de paiement n'a jamais reçu ce remboursement.</translation>
    </message>
    <message>
        <source>This refund was not sent: the payments server never received it. You can start a new refund.</source>
        <translation>Ce remboursement n'a pas été envoyé : le serveur de paiement ne l'a jamais reçu. Vous pouvez lancer un nouveau remboursement.</translation>
    </message>
    <message>
        <source>This refund was replaced by a newer one and was not sent. Start it again.</source>
        <translation>Ce remboursement a été remplacé par un plus récent et n'a pas été envoyé. Recommencez.</translation>
    </message>
    <message>
        <source>Refund outcome unknown — %1 The payments server is asked whether the refund was made before anything is sent again.</source>
        <translation>Résultat du remboursement inconnu — %1 Le serveur de paiement est interrogé pour savoir si le remboursement a été fait, avant tout nouvel envoi.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The payments server could not run the report: %1</source>
        <translation>Le serveur de paiements n'a pas pu générer le rapport : %1</translation>
    </message>
    <message>
        <source>Itemized payouts</source>
        <translation>Virements détaillés</translation>
    </message>
    <message>
        <source>Balance change from activity (itemized)</source>
        <translation>Variation du solde due à l'activité (détaillée)</translation>
    </message>
    <message>
        <source>Balance summary</source>
        <translation>Sommaire du solde</translation>
    </message>
    <message>
        <source>One line per payout that arrived in the period, with its amount, status and bank account.</source>
        <translation>Une ligne par virement arrivé pendant la période, avec son montant, son statut et son compte bancaire.</translation>
    </message>
    <message>
        <source>One line per payment, refund, fee and adjustment of the period, with the payout that paid it.</source>
        <translation>Une ligne par paiement, remboursement, frais et ajustement de la période, avec le virement qui l'a réglé.</translation>
    </message>
    <message>
        <source>The starting balance, the activity, the payouts and the ending balance of the period.</source>
        <translation>Le solde d'ouverture, l'activité, les virements et le solde de clôture de la période.</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Choisissez un rapport.</translation>
    </message>
    <message>
        <source>Choose a rooftop with a connected payments account.</source>
        <translation>Choisissez une concession dont le compte de paiements est connecté.</translation>
    </message>
    <message>
        <source>Enter the first day of the report.</source>
        <translation>Saisissez le premier jour du rapport.</translation>
    </message>
    <message>
        <source>Enter the last day of the report.</source>
        <translation>Saisissez le dernier jour du rapport.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>Le dernier jour ne doit pas être antérieur au premier jour.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>The column "%1" is not one of this report's.</source>
        <translation>La colonne « %1 » ne fait pas partie de ce rapport.</translation>
    </message>
    <message>
        <source>The payments server has no data for these days yet.</source>
        <translation>Le serveur de paiements n'a pas encore de données pour ces jours.</translation>
    </message>
    <message>
        <source>The payments server did not finish the report in time.</source>
        <translation>Le serveur de paiements n'a pas terminé le rapport à temps.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this. Ask an Admin of your organization.</source>
        <translation>Votre rôle (%1) ne le permet pas. Adressez-vous à un administrateur de votre organisation.</translation>
    </message>
</context>
<context>
    <name>RooftopRepository</name>
    <message>
        <source>read the rooftops</source>
        <translation>lire les établissements</translation>
    </message>
    <message>
        <source>save the rooftop</source>
        <translation>enregistrer l'établissement</translation>
    </message>
    <message>
        <source>save the account status</source>
        <translation>enregistrer l'état du compte</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>enregistrer la position de synchronisation</translation>
    </message>
    <message>
        <source>read the settings</source>
        <translation>lire les paramètres</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>enregistrer les paramètres</translation>
    </message>
    <message>
        <source>save the events read</source>
        <translation>enregistrer les événements lus</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n'a pas répondu.</translation>
    </message>
    <message>
        <source>The system keychain refused the request: %1</source>
        <translation>Le trousseau du système a refusé la demande : %1</translation>
    </message>
    <message>
        <source>The secret could not be encrypted.</source>
        <translation>Le secret n'a pas pu être chiffré.</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1: %2</source>
        <translation>Le secret n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>The secret could not be read: %1</source>
        <translation>Le secret n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The secret could not be decrypted: the key file does not match or the file is damaged. Enter the secret again.</source>
        <translation>Le secret n'a pas pu être déchiffré : le fichier de clé ne correspond pas ou le fichier est endommagé. Saisissez de nouveau le secret.</translation>
    </message>
    <message>
        <source>The secret could not be removed: %1</source>
        <translation>Le secret n'a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>A secret needs a name.</source>
        <translation>Un secret doit avoir un nom.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>The secrets key could not be created in %1.</source>
        <translation>La clé des secrets n'a pas pu être créée dans %1.</translation>
    </message>
    <message>
        <source>The secrets key %1 could not be read: %2</source>
        <translation>La clé des secrets %1 n'a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The secrets key %1 is damaged.</source>
        <translation>La clé des secrets %1 est endommagée.</translation>
    </message>
</context>
<context>
    <name>SmsClient</name>
    <message>
        <source>Text messages are not set up yet: an Admin must enter the SMS account.</source>
        <translation>Les textos ne sont pas encore configurés : un administrateur doit saisir le compte SMS.</translation>
    </message>
    <message>
        <source>The text message service cannot be reached. Try again in a moment.</source>
        <translation>Le service de textos est injoignable. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The text message service refused the account details.</source>
        <translation>Le service de textos a refusé les identifiants du compte.</translation>
    </message>
    <message>
        <source>The text message was refused: %1</source>
        <translation>Le texto a été refusé : %1</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>There is nobody to send this e-mail to.</source>
        <translation>Ce courriel n'a aucun destinataire.</translation>
    </message>
    <message>
        <source>The e-mail could not be prepared.</source>
        <translation>Le courriel n'a pas pu être préparé.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Le serveur de messagerie a refusé le nom d'utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (%1). Check the mail server settings.</source>
        <translation>Le courriel n'a pas pu être envoyé (%1). Vérifiez les paramètres du serveur de messagerie.</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: an Admin must enter the mail server (Manage tab, Mail server…).</source>
        <translation>Le courriel n’est pas encore configuré : un administrateur doit saisir le serveur de courriel (onglet Gestion, Serveur de courriel…).</translation>
    </message>
</context>
<context>
    <name>StaffMail</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (teams: %2)</source>
        <translation>%1 (équipes : %2)</translation>
    </message>
    <message>
        <source>%1 via DealerPay</source>
        <translation>%1 via DealerPay</translation>
    </message>
    <message>
        <source>%1 · sent by DealerPay</source>
        <translation>%1 · envoyé par DealerPay</translation>
    </message>
    <message>
        <source>%1 invited you to DealerPay at %2 as %3. Open %4 or enter the code %5 in DealerPay. It works once and expires on %6.</source>
        <translation>%1 vous invite dans DealerPay chez %2 en tant que %3. Ouvrez %4 ou saisissez le code %5 dans DealerPay. Il ne sert qu'une fois et expire le %6.</translation>
    </message>
    <message>
        <source>%1 invited you to DealerPay</source>
        <translation>%1 vous invite dans DealerPay</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 on DealerPay as %3.</source>
        <translation>%1 vous invite à rejoindre %2 sur DealerPay en tant que %3.</translation>
    </message>
    <message>
        <source>To register, open this link on the computer where DealerPay is installed:</source>
        <translation>Pour vous inscrire, ouvrez ce lien sur l'ordinateur où DealerPay est installé :</translation>
    </message>
    <message>
        <source>Or start DealerPay, choose "I have an invitation code" and enter this code:</source>
        <translation>Ou lancez DealerPay, choisissez « J'ai un code d'invitation » et saisissez ce code :</translation>
    </message>
    <message>
        <source>The invitation works once and expires on %1.</source>
        <translation>L'invitation ne sert qu'une fois et expire le %1.</translation>
    </message>
    <message>
        <source>If you did not expect this e-mail, you can ignore it.</source>
        <translation>Si vous n'attendiez pas ce courriel, ignorez-le.</translation>
    </message>
    <message>
        <source>Register in DealerPay</source>
        <translation>S'inscrire dans DealerPay</translation>
    </message>
    <message>
        <source>Payout of %1 for %2 — arrives %3</source>
        <translation>Versement de %1 pour %2 — arrivée le %3</translation>
    </message>
    <message>
        <source>The payout of %1 for %2 has been paid to its bank account.</source>
        <translation>Le versement de %1 pour %2 a été fait dans son compte bancaire.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Arrival date: %1</source>
        <translation>Date d'arrivée : %1</translation>
    </message>
    <message>
        <source>Payments in this payout: %1</source>
        <translation>Paiements dans ce versement : %1</translation>
    </message>
    <message>
        <source>Payout reference: %1</source>
        <translation>Référence du versement : %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Date d'arrivée</translation>
    </message>
    <message>
        <source>Payments in this payout</source>
        <translation>Paiements dans ce versement</translation>
    </message>
    <message>
        <source>Payout reference</source>
        <translation>Référence du versement</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Choose a role: Consultant, Manager or Admin.</source>
        <translation>Choisissez un rôle : Conseiller, Gestionnaire ou Administrateur.</translation>
    </message>
    <message>
        <source>One of the chosen teams no longer exists.</source>
        <translation>L'une des équipes choisies n'existe plus.</translation>
    </message>
    <message>
        <source>Someone with this e-mail address is already on the staff.</source>
        <translation>Une personne ayant cette adresse courriel fait déjà partie du personnel.</translation>
    </message>
    <message>
        <source>An invitation to this address is already pending: resend it from the list.</source>
        <translation>Une invitation à cette adresse est déjà en attente : renvoyez-la depuis la liste.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Cette invitation n'existe plus.</translation>
    </message>
    <message>
        <source>save the invitation</source>
        <translation>enregistrer l'invitation</translation>
    </message>
    <message>
        <source>This invitation was %1: it cannot be sent again. Send a new invitation instead.</source>
        <translation>Cette invitation est à l'état « %1 » : elle ne peut pas être renvoyée. Envoyez plutôt une nouvelle invitation.</translation>
    </message>
    <message>
        <source>This invitation was changed meanwhile. Look at the list again.</source>
        <translation>Cette invitation a été modifiée entre-temps. Consultez de nouveau la liste.</translation>
    </message>
    <message>
        <source>%1 has already registered. Deactivate the user instead.</source>
        <translation>Le compte de %1 existe déjà. Désactivez plutôt l'utilisateur.</translation>
    </message>
    <message>
        <source>This invitation has already been used. Sign in with your e-mail and password.</source>
        <translation>Cette invitation a déjà été utilisée. Connectez-vous avec votre courriel et votre mot de passe.</translation>
    </message>
    <message>
        <source>This invitation has expired. Ask %1 to send it again.</source>
        <translation>Cette invitation a expiré. Demandez à %1 de la renvoyer.</translation>
    </message>
    <message>
        <source>This invitation was withdrawn. Ask an Admin of your organization for a new one.</source>
        <translation>Cette invitation a été retirée. Demandez-en une nouvelle à un administrateur de votre organisation.</translation>
    </message>
    <message>
        <source>An invitation code has 24 letters and digits, like 7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y.</source>
        <translation>Un code d'invitation comporte 24 lettres et chiffres, p. ex. 7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y.</translation>
    </message>
    <message>
        <source>This invitation code is not valid. Check it, or use the newest invitation you received.</source>
        <translation>Ce code d'invitation n'est pas valide. Vérifiez-le ou utilisez la plus récente invitation reçue.</translation>
    </message>
    <message>
        <source>A user with the e-mail %1 already exists. Sign in instead.</source>
        <translation>Un utilisateur ayant le courriel %1 existe déjà. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>create your user</source>
        <translation>créer votre compte</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n'existe plus.</translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another Admin.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle. Adressez-vous à un autre administrateur.</translation>
    </message>
    <message>
        <source>%1 is the last Admin: make someone else Admin first.</source>
        <translation>%1 est le dernier administrateur : nommez d'abord quelqu'un d'autre administrateur.</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>changer le rôle</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>%1 is the last Admin and cannot be deactivated.</source>
        <translation>%1 est le dernier administrateur et ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>change the user</source>
        <translation>modifier l'utilisateur</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l'actuel.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>Cette équipe n'existe plus.</translation>
    </message>
    <message>
        <source>The team name</source>
        <translation>Nom de l'équipe</translation>
    </message>
    <message>
        <source>A team name has at most %1 characters.</source>
        <translation>Un nom d'équipe comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a team with this name.</source>
        <translation>Une équipe porte déjà ce nom.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot receive payout e-mails.</source>
        <translation>Le compte de %1 est désactivé et ne peut pas recevoir les courriels de versement.</translation>
    </message>
    <message>
        <source>save the payout e-mail recipients</source>
        <translation>enregistrer les destinataires des courriels de versement</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local database could not %1. (%2)</source>
        <translation>La base de données locale n'a pas pu %1. (%2)</translation>
    </message>
    <message>
        <source>be opened</source>
        <translation>être ouverte</translation>
    </message>
    <message>
        <source>be updated to this version</source>
        <translation>être mise à jour vers cette version</translation>
    </message>
    <message>
        <source>count the payments</source>
        <translation>compter les paiements</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>lire les paiements</translation>
    </message>
    <message>
        <source>save the payment</source>
        <translation>enregistrer le paiement</translation>
    </message>
    <message>
        <source>This payment is not in the local store. Refresh and try again.</source>
        <translation>Ce paiement n'est pas dans la base locale. Actualisez et réessayez.</translation>
    </message>
    <message>
        <source>read the refunds</source>
        <translation>lire les remboursements</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Payments sync</source>
        <translation>Synchronisation des paiements</translation>
    </message>
    <message>
        <source>Syncing %1 — %2 (%3)</source>
        <translation>Synchronisation de %1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n payment(s), %1 refund(s), %2 payout(s) and %3 change(s).</source>
        <translation>
            <numerusform>Synchronisation : %n paiement, %1 remboursement(s), %2 versement(s) et %3 modification(s).</numerusform>
            <numerusform>Synchronisation : %n paiements, %1 remboursement(s), %2 versement(s) et %3 modification(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>read the rooftops</source>
        <translation>lire les établissements</translation>
    </message>
    <message>
        <source>read the sync position</source>
        <translation>lire la position de synchronisation</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>enregistrer la position de synchronisation</translation>
    </message>
    <message>
        <source>save the events already applied</source>
        <translation>enregistrer les événements déjà appliqués</translation>
    </message>
    <message>
        <source>save the payouts</source>
        <translation>enregistrer les versements</translation>
    </message>
    <message>
        <source>read the events already applied</source>
        <translation>lire les événements déjà appliqués</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>lire les paiements</translation>
    </message>
    <message>
        <source>save the synced data</source>
        <translation>enregistrer les données synchronisées</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>save the synced data</source>
        <translation>enregistrer les données synchronisées</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Virements</translation>
    </message>
</context>
<context>
    <name>SystemActor</name>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>read the teams</source>
        <translation>lire les équipes</translation>
    </message>
    <message>
        <source>read the team</source>
        <translation>lire l'équipe</translation>
    </message>
    <message>
        <source>read the team members</source>
        <translation>lire les membres de l'équipe</translation>
    </message>
    <message>
        <source>create the team</source>
        <translation>créer l'équipe</translation>
    </message>
    <message>
        <source>rename the team</source>
        <translation>renommer l'équipe</translation>
    </message>
    <message>
        <source>change the team</source>
        <translation>modifier l'équipe</translation>
    </message>
    <message>
        <source>add the team member</source>
        <translation>ajouter le membre à l'équipe</translation>
    </message>
    <message>
        <source>remove the team member</source>
        <translation>retirer le membre de l'équipe</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>read the organization</source>
        <translation>lire l'organisation</translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation>enregistrer l'organisation</translation>
    </message>
    <message>
        <source>save the user</source>
        <translation>enregistrer l'utilisateur</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>lire les utilisateurs</translation>
    </message>
    <message>
        <source>read the user</source>
        <translation>lire l'utilisateur</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>changer le rôle</translation>
    </message>
    <message>
        <source>change the user</source>
        <translation>modifier l'utilisateur</translation>
    </message>
    <message>
        <source>save the failed log-ins</source>
        <translation>enregistrer les échecs de connexion</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>enregistrer le mot de passe</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>changer le mot de passe</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message numerus="yes">
        <source>Too many failed attempts. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives infructueuses. Ce compte est verrouillé encore %n minute.</numerusform>
            <numerusform>Trop de tentatives infructueuses. Ce compte est verrouillé encore %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nom de l'organisation</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>This DealerPay already belongs to an organization. Sign in instead.</source>
        <translation>Ce DealerPay appartient déjà à une organisation. Connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation>enregistrer l'organisation</translation>
    </message>
    <message>
        <source>create the demo data</source>
        <translation>créer les données de démonstration</translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>Le courriel ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This user has been deactivated. Ask an Admin of your organization.</source>
        <translation>Cet utilisateur a été désactivé. Adressez-vous à un administrateur de votre organisation.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. This account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Ce compte est verrouillé pendant %n minute.</numerusform>
            <numerusform>Trop de tentatives échouées. Ce compte est verrouillé pendant %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A routing number has 9 digits.</source>
        <translation>Un numéro d'acheminement comporte 9 chiffres.</translation>
    </message>
    <message>
        <source>This routing number is not valid: check the digits.</source>
        <translation>Ce numéro d'acheminement n'est pas valide : vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>An EIN has 9 digits, written like 12-3456789.</source>
        <translation>Un EIN comporte 9 chiffres, au format 12-3456789.</translation>
    </message>
    <message>
        <source>This EIN is not valid: the IRS never issues numbers starting with these two digits. Check the first digits.</source>
        <translation>Cet EIN n'est pas valide : l'IRS n'attribue jamais de numéros commençant par ces deux chiffres. Vérifiez les premiers chiffres.</translation>
    </message>
    <message>
        <source>A business number (BN) has 9 digits.</source>
        <translation>Un numéro d'entreprise (NE) comporte 9 chiffres.</translation>
    </message>
    <message>
        <source>A Québec enterprise number (NEQ) has 10 digits.</source>
        <translation>Un numéro d'entreprise du Québec (NEQ) comporte 10 chiffres.</translation>
    </message>
    <message>
        <source>A transit number has 5 digits.</source>
        <translation>Un numéro de transit comporte 5 chiffres.</translation>
    </message>
    <message>
        <source>An institution number has 3 digits.</source>
        <translation>Un numéro d'institution comporte 3 chiffres.</translation>
    </message>
    <message>
        <source>A Canadian account number has 7 to 12 digits.</source>
        <translation>Un numéro de compte canadien comporte de 7 à 12 chiffres.</translation>
    </message>
    <message>
        <source>An account number has 4 to 17 digits.</source>
        <translation>Un numéro de compte comporte de 4 à 17 chiffres.</translation>
    </message>
    <message>
        <source>A statement descriptor has at least 5 characters.</source>
        <translation>Un libellé de relevé comporte au moins 5 caractères.</translation>
    </message>
    <message>
        <source>A statement descriptor has at most 22 characters.</source>
        <translation>Un libellé de relevé comporte au plus 22 caractères.</translation>
    </message>
    <message>
        <source>A statement descriptor cannot contain any of &lt; &gt; \ ' " *.</source>
        <translation>Un libellé de relevé ne peut contenir aucun de ces caractères : &lt; &gt; \ ' " *.</translation>
    </message>
    <message>
        <source>A statement descriptor uses Latin letters, digits and common punctuation only.</source>
        <translation>Un libellé de relevé ne contient que des lettres latines, des chiffres et la ponctuation courante.</translation>
    </message>
    <message>
        <source>A statement descriptor needs at least one letter.</source>
        <translation>Un libellé de relevé doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Saisissez une adresse courriel comme nom@example.com.</translation>
    </message>
    <message>
        <source>Enter the phone number in international form: + then the country code and number, 8 to 15 digits (like +15145550100).</source>
        <translation>Saisissez le numéro de téléphone au format international : + suivi de l'indicatif du pays et du numéro, de 8 à 15 chiffres (p. ex. +15145550100).</translation>
    </message>
    <message>
        <source>A password has at least 10 characters, with at least one letter and one digit.</source>
        <translation>Un mot de passe comporte au moins 10 caractères, dont au moins une lettre et un chiffre.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Champ obligatoire : %1.</translation>
    </message>
    <message>
        <source>A Canadian tax id is a 9-digit business number (BN) or a 10-digit Québec enterprise number (NEQ).</source>
        <translation>Au Canada, le numéro fiscal est un numéro d'entreprise (NE) de 9 chiffres ou un numéro d'entreprise du Québec (NEQ) de 10 chiffres.</translation>
    </message>
    <message>
        <source>The tax id</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Enter the phone number with its area code, like (514) 555-0142, or + and the country code for a number abroad.</source>
        <translation>Saisissez le numéro de téléphone avec son indicatif régional, p. ex. (514) 555-0142, ou + et l'indicatif du pays pour un numéro à l'étranger.</translation>
    </message>
</context>
<context>
    <name>dp::app::Startup</name>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage de l'environnement de test…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>L'environnement de test n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Préparation de la démo…</translation>
    </message>
</context>
<context>
    <name>dp::app::cli</name>
    <message>
        <source>PostgreSQL stores are not supported yet: pass the path of a SQLite file to --db.</source>
        <translation>Les bases PostgreSQL ne sont pas encore prises en charge : indiquez à --db le chemin d'un fichier SQLite.</translation>
    </message>
    <message>
        <source>There is no store at %1: give the SQLite file of DealerPay to --db.</source>
        <translation>Il n'y a aucune base de données à %1 : indiquez le fichier SQLite de DealerPay à --db.</translation>
    </message>
</context>
<context>
    <name>dp::ui::AcceptInvitePage</name>
    <message>
        <source>Check code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation>Créer mon compte</translation>
    </message>
    <message>
        <source>Join your team on DealerPay.</source>
        <translation>Rejoignez votre équipe sur DealerPay.</translation>
    </message>
    <message>
        <source>Your invitation</source>
        <translation>Votre invitation</translation>
    </message>
    <message>
        <source>Enter the code from the text message or e-mail you received. Letters may be typed in lower case; hyphens are optional.</source>
        <translation>Saisissez le code reçu par texto ou par courriel. Les lettres peuvent être tapées en minuscules; les traits d'union sont facultatifs.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>At least 10 characters, with a letter and a digit.</source>
        <translation>Au moins 10 caractères, dont une lettre et un chiffre.</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>Welcome, &lt;b&gt;%1&lt;/b&gt;. %2 invited you to join &lt;b&gt;%3&lt;/b&gt; as %4. You will sign in with &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Bienvenue, &lt;b&gt;%1&lt;/b&gt;. %2 vous invite à rejoindre &lt;b&gt;%3&lt;/b&gt; en tant que %4. Vous vous connecterez avec &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This invitation expires on %1.</source>
        <translation>Cette invitation expire le %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>dp::ui::AccountingRequestDialog</name>
    <message>
        <source>Ask accounting for details</source>
        <translation>Demander les renseignements à la comptabilité</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open in e-mail app</source>
        <translation>Ouvrir dans l'application de courriel</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to your accounting department.</source>
        <translation>Copié. Collez-le dans un courriel à votre service de comptabilité.</translation>
    </message>
    <message>
        <source>Connecting payments needs a few details that your accounting department usually has. Send them this request, then come back to Connect.</source>
        <translation>Pour connecter les paiements, il faut quelques renseignements que votre service de comptabilité possède habituellement. Envoyez-lui cette demande, puis revenez cliquer sur Connecter.</translation>
    </message>
</context>
<context>
    <name>dp::ui::AddRooftopDialog</name>
    <message>
        <source>Add rooftop</source>
        <translation>Ajouter un établissement</translation>
    </message>
    <message>
        <source>e.g. Main Street Motors — Downtown</source>
        <translation>p. ex. Main Street Motors — Centre-ville</translation>
    </message>
    <message>
        <source>Rooftop name:</source>
        <translation>Nom de l'établissement :</translation>
    </message>
    <message>
        <source>A rooftop is one store of your organization. Each rooftop connects its own payments account and bank account.</source>
        <translation>Un établissement est un point de vente de votre organisation. Chaque établissement connecte son propre compte de paiement et son propre compte bancaire.</translation>
    </message>
</context>
<context>
    <name>dp::ui::AllowedCountriesDialog</name>
    <message>
        <source>Allowed countries</source>
        <translation>Pays autorisés</translation>
    </message>
    <message>
        <source>Payments can be offered to businesses registered in these countries. A rooftop chooses its country when it connects.</source>
        <translation>Les paiements peuvent être offerts aux entreprises enregistrées dans ces pays. Un établissement choisit son pays lorsqu'il se connecte.</translation>
    </message>
</context>
<context>
    <name>dp::ui::BadLinesDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n'a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 could not be read, so nothing of the file was imported. Correct them in the file (or in the DMS) and import it again.</source>
        <translation>
            <numerusform>%n ligne de %1 n'a pas pu être lue; rien n'a donc été importé de ce fichier. Corrigez-la dans le fichier (ou dans le DMS) et importez-le de nouveau.</numerusform>
            <numerusform>%n lignes de %1 n'ont pas pu être lues; rien n'a donc été importé de ce fichier. Corrigez-les dans le fichier (ou dans le DMS) et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Motif de l'erreur de lecture</translation>
    </message>
</context>
<context>
    <name>dp::ui::BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Your DealerPay subscription in one place: the plan of each rooftop, the monthly invoices with their PDF, and the card or bank account they are charged to.</source>
        <translation>Votre abonnement DealerPay en un seul endroit : le forfait de chaque établissement, les factures mensuelles avec leur PDF, et la carte ou le compte bancaire sur lequel elles sont prélevées.</translation>
    </message>
</context>
<context>
    <name>dp::ui::BusinessDetailsPage</name>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province :</translation>
    </message>
    <message>
        <source>Business type:</source>
        <translation>Type d'entreprise :</translation>
    </message>
    <message>
        <source>Company (corporation, LLC, partnership)</source>
        <translation>Société (société par actions, LLC, société de personnes)</translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation>Entreprise individuelle</translation>
    </message>
    <message>
        <source>Non-profit organization</source>
        <translation>Organisme sans but lucratif</translation>
    </message>
    <message>
        <source>Legal business name:</source>
        <translation>Raison sociale :</translation>
    </message>
    <message>
        <source>Business e-mail:</source>
        <translation>Courriel de l'entreprise :</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>Numéro fiscal :</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Secteur d'activité :</translation>
    </message>
    <message>
        <source>Car and truck dealers — new and used (5511)</source>
        <translation>Concessionnaires d'automobiles et de camions — neufs et d'occasion (5511)</translation>
    </message>
    <message>
        <source>Used car dealers (5521)</source>
        <translation>Concessionnaires de voitures d'occasion (5521)</translation>
    </message>
    <message>
        <source>What you sell:</source>
        <translation>Ce que vous vendez :</translation>
    </message>
    <message>
        <source>e.g. New and used vehicles, service and parts</source>
        <translation>p. ex. Véhicules neufs et d'occasion, entretien et pièces</translation>
    </message>
    <message>
        <source>Bank account for payouts (optional)</source>
        <translation>Compte bancaire pour les versements (facultatif)</translation>
    </message>
    <message>
        <source>Leave empty to enter it on Stripe's page instead.</source>
        <translation>Laissez vide pour le saisir plutôt sur la page de Stripe.</translation>
    </message>
    <message>
        <source>Routing number:</source>
        <translation>Numéro d'acheminement :</translation>
    </message>
    <message>
        <source>Transit number:</source>
        <translation>Numéro de transit :</translation>
    </message>
    <message>
        <source>Institution number:</source>
        <translation>Numéro d'institution :</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Numéro de compte :</translation>
    </message>
    <message>
        <source>Employer Identification Number (EIN):</source>
        <translation>Numéro d'identification d'employeur (EIN) :</translation>
    </message>
    <message>
        <source>Québec enterprise number (NEQ):</source>
        <translation>Numéro d'entreprise du Québec (NEQ) :</translation>
    </message>
    <message>
        <source>Business Number (BN):</source>
        <translation>Numéro d'entreprise (NE) :</translation>
    </message>
    <message>
        <source>Rooftop name customers see:</source>
        <translation>Nom de l'établissement affiché aux clients :</translation>
    </message>
</context>
<context>
    <name>dp::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>Confirmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>At least 10 characters, with a letter and a digit.</source>
        <translation>Au moins 10 caractères, dont une lettre et un chiffre.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modification…</translation>
    </message>
</context>
<context>
    <name>dp::ui::ChecklistPage</name>
    <message>
        <source>DealerPay creates a payments account for this rooftop with Stripe, our payments partner. Stripe's secure page will ask for the following — gather it with your accounting department before you start:</source>
        <translation>DealerPay crée un compte de paiement pour cet établissement auprès de Stripe, notre partenaire de paiement. La page sécurisée de Stripe vous demandera les éléments suivants — rassemblez-les avec votre service de comptabilité avant de commencer :</translation>
    </message>
    <message>
        <source>The billing address of the business</source>
        <translation>L'adresse de facturation de l'entreprise</translation>
    </message>
    <message>
        <source>The ownership structure (who owns 25% or more of the business)</source>
        <translation>La structure de propriété (qui détient 25 % ou plus de l'entreprise)</translation>
    </message>
    <message>
        <source>The tax id: EIN in the United States, BN in Canada, NEQ in Québec</source>
        <translation>Le numéro fiscal : EIN aux États-Unis, NE au Canada, NEQ au Québec</translation>
    </message>
    <message>
        <source>The industry and a short description of what you sell</source>
        <translation>Le secteur d'activité et une brève description de ce que vous vendez</translation>
    </message>
    <message>
        <source>Your personal details as the representative (name, date of birth, home address)</source>
        <translation>Vos renseignements personnels en tant que représentant (nom, date de naissance, adresse du domicile)</translation>
    </message>
    <message>
        <source>The bank account that receives payouts — United States: routing and account number; Canada: transit, institution and account number</source>
        <translation>Le compte bancaire qui reçoit les versements — États-Unis : numéro d'acheminement et numéro de compte; Canada : numéros de transit, d'institution et de compte</translation>
    </message>
    <message>
        <source>You will need</source>
        <translation>Ce qu'il vous faut</translation>
    </message>
    <message>
        <source>Only a person authorized to sign on behalf of %1 may connect payments.</source>
        <translation>Seule une personne autorisée à signer au nom de %1 peut connecter les paiements.</translation>
    </message>
    <message>
        <source>Missing something? Send your accounting department a ready-made request.</source>
        <translation>Il vous manque quelque chose? Envoyez une demande toute prête à votre service de comptabilité.</translation>
    </message>
    <message>
        <source>Ask accounting for details…</source>
        <translation>Demander les renseignements à la comptabilité…</translation>
    </message>
</context>
<context>
    <name>dp::ui::ColumnMappingDialog</name>
    <message>
        <source>The first line names the columns</source>
        <translation>La première ligne contient le nom des colonnes</translation>
    </message>
    <message>
        <source>Columns of the DMS export</source>
        <translation>Colonnes de l'exportation du DMS</translation>
    </message>
    <message>
        <source>DealerPay does not recognize the columns of %1. Say which column holds what; the choice is remembered for the next exports of this DMS.</source>
        <translation>DealerPay ne reconnaît pas les colonnes de %1. Indiquez ce que contient chaque colonne; ce choix sera conservé pour les prochaines exportations de ce DMS.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Date (required)</source>
        <translation>Date (obligatoire)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>RO or invoice number</source>
        <translation>Numéro de BT ou de facture</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount (required)</source>
        <translation>Montant (obligatoire)</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Recognize it</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>Year, month, day (2026-03-31)</source>
        <translation>Année, mois, jour (2026-03-31)</translation>
    </message>
    <message>
        <source>Month, day, year (03/31/2026)</source>
        <translation>Mois, jour, année (03/31/2026)</translation>
    </message>
    <message>
        <source>Day, month, year (31/03/2026)</source>
        <translation>Jour, mois, année (31/03/2026)</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>Format des dates</translation>
    </message>
    <message>
        <source>e.g. Dealer Business System</source>
        <translation>p. ex. Dealer Business System</translation>
    </message>
    <message>
        <source>Name of the DMS</source>
        <translation>Nom du DMS</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation>Choisissez la colonne qui contient le montant.</translation>
    </message>
</context>
<context>
    <name>dp::ui::ComingSoonPage</name>
    <message>
        <source>Coming in the next release</source>
        <translation>Disponible dans la prochaine version</translation>
    </message>
</context>
<context>
    <name>dp::ui::ConnectDialog</name>
    <message>
        <source>Connect %1 to payments</source>
        <translation>Connecter %1 aux paiements</translation>
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
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>When you click Connect, DealerPay creates the payments account for &lt;b&gt;%1&lt;/b&gt; and opens Stripe's secure onboarding page in your browser.</source>
        <translation>Lorsque vous cliquez sur Connecter, DealerPay crée le compte de paiement de &lt;b&gt;%1&lt;/b&gt; et ouvre la page d'inscription sécurisée de Stripe dans votre navigateur.</translation>
    </message>
    <message>
        <source>I am authorized to sign on behalf of %1</source>
        <translation>J'ai le pouvoir de signer au nom de %1</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Votre mot de passe :</translation>
    </message>
    <message>
        <source>For your security, enter your password again to confirm that you are the one connecting payments.</source>
        <translation>Pour votre sécurité, saisissez de nouveau votre mot de passe afin de confirmer que c'est bien vous qui connectez les paiements.</translation>
    </message>
    <message>
        <source>Finish in your browser — this window updates by itself when Stripe confirms.</source>
        <translation>Terminez dans votre navigateur — cette fenêtre se met à jour d'elle-même lorsque Stripe confirme.</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Rouvrir la page</translation>
    </message>
    <message>
        <source>You can close this window; the status in the Connections box changes to Connected once Stripe has verified the account.</source>
        <translation>Vous pouvez fermer cette fenêtre; l'état dans la zone Connexions passera à Connecté une fois que Stripe aura vérifié le compte.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Renseignements sur l'entreprise</translation>
    </message>
    <message>
        <source>Confirm and connect</source>
        <translation>Confirmer et connecter</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Presque terminé</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Étape %1 sur 3 — %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
</context>
<context>
    <name>dp::ui::ConnectionsBox</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No rooftop yet</source>
        <translation>Aucun établissement pour l'instant</translation>
    </message>
    <message>
        <source>Add rooftop…</source>
        <translation>Ajouter un établissement…</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Établissement :</translation>
    </message>
    <message>
        <source>Allowed countries…</source>
        <translation>Pays autorisés…</translation>
    </message>
    <message>
        <source>Ask accounting for details…</source>
        <translation>Demander les renseignements à la comptabilité…</translation>
    </message>
    <message>
        <source>Receive payments</source>
        <translation>Recevoir des paiements</translation>
    </message>
    <message>
        <source>Take card payments from your customers by text message. Payouts go to the rooftop's bank account.</source>
        <translation>Acceptez les paiements par carte de vos clients par texto. Les versements sont faits dans le compte bancaire de l'établissement.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Payouts and statement</source>
        <translation>Versements et relevé</translation>
    </message>
    <message>
        <source>Payout schedule:</source>
        <translation>Calendrier des versements :</translation>
    </message>
    <message>
        <source>Statement descriptor:</source>
        <translation>Libellé de relevé :</translation>
    </message>
    <message>
        <source>Edit payout settings…</source>
        <translation>Modifier les paramètres de versement…</translation>
    </message>
    <message>
        <source>Open Express dashboard</source>
        <translation>Ouvrir le tableau de bord Express</translation>
    </message>
    <message>
        <source>Show bank and tax details…</source>
        <translation>Afficher les renseignements bancaires et fiscaux…</translation>
    </message>
    <message>
        <source>Payments offered to businesses in: %1</source>
        <translation>Paiements offerts aux entreprises des pays suivants : %1</translation>
    </message>
    <message>
        <source>Continue onboarding</source>
        <translation>Poursuivre l'inscription</translation>
    </message>
    <message>
        <source>Add your first rooftop to connect it to payments.</source>
        <translation>Ajoutez votre premier établissement pour le connecter aux paiements.</translation>
    </message>
    <message>
        <source>No payments account yet.</source>
        <translation>Aucun compte de paiement pour l'instant.</translation>
    </message>
    <message>
        <source>Payments account %1</source>
        <translation>Compte de paiement %1</translation>
    </message>
    <message>
        <source>Stripe has paused this account until the following is provided:</source>
        <translation>Stripe a suspendu ce compte jusqu'à ce que les éléments suivants soient fournis :</translation>
    </message>
    <message>
        <source>Still needed to finish onboarding:</source>
        <translation>Éléments encore requis pour terminer l'inscription :</translation>
    </message>
    <message>
        <source>Nothing more is due; Stripe is reviewing the details.</source>
        <translation>Plus rien n'est requis; Stripe examine les renseignements.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Could not refresh the status: %1</source>
        <translation>Impossible d'actualiser l'état : %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Finish in your browser — this window updates by itself when Stripe confirms.</source>
        <translation>Terminez dans votre navigateur — cette fenêtre se met à jour d'elle-même lorsque Stripe confirme.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Express dashboard</source>
        <translation>Tableau de bord Express</translation>
    </message>
    <message>
        <source>Bank and tax numbers are sensitive. Enter your password again to see them.</source>
        <translation>Les numéros bancaires et fiscaux sont confidentiels. Saisissez de nouveau votre mot de passe pour les afficher.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Bank and tax details</source>
        <translation>Renseignements bancaires et fiscaux</translation>
    </message>
</context>
<context>
    <name>dp::ui::ConnectionsPage</name>
    <message>
        <source>Connect each rooftop to payments, then choose when payouts reach your bank and how the charge appears on your customers' statements.</source>
        <translation>Connectez chaque établissement aux paiements, puis choisissez quand les versements arrivent à votre banque et comment la transaction apparaît sur les relevés de vos clients.</translation>
    </message>
</context>
<context>
    <name>dp::ui::FinancingPage</name>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Capital for your rooftops: the financing offers each one qualifies for, based on its card payments, and the progress of each advance as a share of daily payments repays it.</source>
        <translation>Du capital pour vos établissements : les offres de financement auxquelles chacun est admissible selon ses paiements par carte, et la progression de chaque avance, remboursée par une part des paiements quotidiens.</translation>
    </message>
</context>
<context>
    <name>dp::ui::FirstRunPage</name>
    <message>
        <source>Create organization</source>
        <translation>Créer l'organisation</translation>
    </message>
    <message>
        <source>Welcome! Let's set up DealerPay for your dealership.</source>
        <translation>Bienvenue! Configurons DealerPay pour votre concession.</translation>
    </message>
    <message>
        <source>Create your organization and the administrator account you will sign in with. You can invite accounting staff and service managers afterwards.</source>
        <translation>Créez votre organisation et le compte administrateur avec lequel vous vous connecterez. Vous pourrez ensuite inviter le personnel de la comptabilité et les directeurs du service après-vente.</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>Nom de l'organisation :</translation>
    </message>
    <message>
        <source>e.g. Main Street Motors</source>
        <translation>p. ex. Main Street Motors</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>At least 10 characters, with a letter and a digit.</source>
        <translation>Au moins 10 caractères, dont une lettre et un chiffre.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>J'ai un code d'invitation</translation>
    </message>
</context>
<context>
    <name>dp::ui::InvitationsBox</name>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyée à</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Invited by %1 on %2</source>
        <translation>Invitation envoyée par %1 le %2</translation>
    </message>
    <message>
        <source>Text not sent: %1</source>
        <translation>Texto non envoyé : %1</translation>
    </message>
    <message>
        <source>E-mail not sent: %1</source>
        <translation>Courriel non envoyé : %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Acceptée le %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A new invitation went to %1 by text and e-mail. The previous code no longer works.</source>
        <translation>Une nouvelle invitation a été envoyée à %1 par texto et par courriel. L'ancien code ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Not every message went out (see the list). %1 can also enter this code in DealerPay: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Certains messages n'ont pas été envoyés (voir la liste). %1 peut aussi saisir ce code dans DealerPay : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Révoquer l'invitation</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? The link and code they received will stop working.</source>
        <translation>Révoquer l'invitation de %1? Le lien et le code reçus ne fonctionneront plus.</translation>
    </message>
    <message>
        <source>The invitation of %1 is revoked.</source>
        <translation>L'invitation de %1 est révoquée.</translation>
    </message>
</context>
<context>
    <name>dp::ui::InviteBox</name>
    <message>
        <source>Invite consultant</source>
        <translation>Inviter un conseiller</translation>
    </message>
    <message>
        <source>e.g. Marco Alvarez</source>
        <translation>p. ex. Marco Alvarez</translation>
    </message>
    <message>
        <source>name@dealership.com</source>
        <translation>nom@concession.com</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Envoyer l'invitation</translation>
    </message>
    <message>
        <source>The new staff member receives a text and an e-mail with a link to register and choose a password. The invitation works once and expires after 7 days.</source>
        <translation>Le nouveau membre du personnel reçoit un texto et un courriel contenant un lien pour s'inscrire et choisir un mot de passe. L'invitation ne sert qu'une fois et expire après 7 jours.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Cellulaire :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Équipes :</translation>
    </message>
    <message>
        <source>%1 (takes payments)</source>
        <translation>%1 (encaisse les paiements)</translation>
    </message>
    <message>
        <source>No team yet: create one under Teams.</source>
        <translation>Aucune équipe pour l'instant : créez-en une sous Équipes.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Invitation sent to %1 by text and e-mail.</source>
        <translation>Invitation envoyée à %1 par texto et par courriel.</translation>
    </message>
    <message>
        <source>The text message was not sent: %1</source>
        <translation>Le texto n'a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>The e-mail was not sent: %1</source>
        <translation>Le courriel n'a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>The invitation for %1 is saved.</source>
        <translation>L'invitation de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>You can resend it from the list, or give %1 this code to enter in DealerPay: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Vous pouvez la renvoyer depuis la liste, ou donner à %1 ce code à saisir dans DealerPay : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(514) 555-0100</source>
        <translation>(514) 555-0100</translation>
    </message>
</context>
<context>
    <name>dp::ui::LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Connectez-vous à %1.</translation>
    </message>
    <message>
        <source>Sign in as %1 (%2)</source>
        <translation>Se connecter en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>This store holds demo data. Sign in as one of the sample staff members to see what each role can do (password for every demo user: %1).</source>
        <translation>Cette base contient des données de démonstration. Connectez-vous en tant que membre du personnel fictif pour voir ce que chaque rôle peut faire (mot de passe de tous les utilisateurs de démonstration : %1).</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>J'ai un code d'invitation</translation>
    </message>
</context>
<context>
    <name>dp::ui::MailServerDialog</name>
    <message>
        <source>Send test e-mail</source>
        <translation>Envoyer un courriel de test</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>payments@your-dealership.com</source>
        <translation>paiements@votre-concession.com</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse de l'expéditeur :</translation>
    </message>
    <message>
        <source>DealerPay uses STARTTLS when the server offers it, and requires it before sending a password over the network. The password is kept in %1.</source>
        <translation>DealerPay utilise STARTTLS lorsque le serveur le propose, et l'exige avant d'envoyer un mot de passe sur le réseau. Le mot de passe est conservé dans %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A test e-mail went to %1.</source>
        <translation>Un courriel de test a été envoyé à %1.</translation>
    </message>
</context>
<context>
    <name>dp::ui::MainWindow</name>
    <message>
        <source>Sandbox — test data, no real money moves</source>
        <translation>Environnement de test — données fictives, aucun argent réel n'est déplacé</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Mode réel</translation>
    </message>
    <message>
        <source>DealerPay — %1</source>
        <translation>DealerPay — %1</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Dernière actualisation : %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About DealerPay</source>
        <translation>À &amp;propos de DealerPay</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Préparation de la démo…</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>About DealerPay</source>
        <translation>À propos de DealerPay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerPay %1&lt;/h3&gt;&lt;p&gt;Payments for dealerships: text-to-pay links, the payments of every rooftop, refunds and payouts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerPay %1&lt;/h3&gt;&lt;p&gt;Les paiements pour concessions : liens de paiement par texto, paiements de chaque établissement, remboursements et versements.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dp::ui::ManageTab</name>
    <message>
        <source>Mail server…</source>
        <translation>Serveur de messagerie…</translation>
    </message>
    <message>
        <source>E-mail is not set up: invitations go by text message only, and payout e-mails wait. Enter your mail server to send them.</source>
        <translation>Le courriel n'est pas configuré : les invitations partent seulement par texto, et les courriels de versement sont en attente. Saisissez votre serveur de messagerie pour les envoyer.</translation>
    </message>
    <message>
        <source>E-mail goes out through %1 (port %2) from %3.</source>
        <translation>Les courriels partent par %1 (port %2) depuis %3.</translation>
    </message>
</context>
<context>
    <name>dp::ui::Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys; it opens as the selection moves.</source>
        <translation>Choisissez une page avec les touches fléchées ; elle s'ouvre à mesure que la sélection se déplace.</translation>
    </message>
    <message>
        <source>%1 area</source>
        <translation>Zone %1</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsModel</name>
    <message>
        <source>Unknown rooftop</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message>
        <source>Paid out in %1</source>
        <translation>Versé (versement %1)</translation>
    </message>
    <message>
        <source>Not paid out yet</source>
        <translation>Pas encore versé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>N° de bon de travail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking</source>
        <translation>Issue du remboursement inconnue — vérification en cours</translation>
    </message>
    <message>
        <source>A refund of this payment was sent but its answer was lost. DealerPay asks the payments server what happened before anything is sent again; open Refund… to check now.</source>
        <translation>Un remboursement de ce paiement a été envoyé, mais sa réponse s'est perdue. DealerPay demande au serveur de paiement ce qui s'est passé avant de renvoyer quoi que ce soit ; ouvrez Rembourser… pour vérifier maintenant.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsSync</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this sync; the next one continues where it stopped.</source>
        <translation>Arrêter cette synchronisation; la prochaine reprendra là où elle s'est arrêtée.</translation>
    </message>
    <message>
        <source>Syncing payments…</source>
        <translation>Synchronisation des paiements…</translation>
    </message>
    <message>
        <source>Payments synced at %1</source>
        <translation>Paiements synchronisés à %1</translation>
    </message>
    <message>
        <source>Sync stopped at %1</source>
        <translation>Synchronisation arrêtée à %1</translation>
    </message>
    <message>
        <source>Sync failed at %1</source>
        <translation>Échec de la synchronisation à %1</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Arrêt de la synchronisation…</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsTab</name>
    <message>
        <source>Request payment…</source>
        <translation>Demander un paiement…</translation>
    </message>
    <message>
        <source>Text a secure payment link to a customer.</source>
        <translation>Envoyer par texto un lien de paiement sécurisé à un client.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch the latest payments, refunds and request states now. This also happens every minute.</source>
        <translation>Récupérer maintenant les derniers paiements, remboursements et états des demandes. Cela se fait aussi automatiquement chaque minute.</translation>
    </message>
    <message>
        <source>Payment link for %1 sent to %2 (%3). Its state follows here as the customer opens and pays it.</source>
        <translation>Lien de paiement de %1 envoyé à %2 (%3). Son état s'affiche ici à mesure que le client l'ouvre et paie.</translation>
    </message>
    <message>
        <source>Refund of %1 sent: %2.</source>
        <translation>Remboursement de %1 envoyé : %2.</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsView</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>All rooftops</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Reçu…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Search customer, RO number, consultant, e-mail, description…</source>
        <translation>Rechercher un client, un n° de bon de travail, un conseiller, un courriel, une description…</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Période…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Refund all or part of the selected payment.</source>
        <translation>Rembourser tout ou partie du paiement sélectionné.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Conseiller :</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Établissement :</translation>
    </message>
    <message>
        <source>Unknown rooftop</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 paiement</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 paiements</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutDetailDialog</name>
    <message>
        <source>Reading the payout's contents…</source>
        <translation>Lecture du contenu du virement…</translation>
    </message>
    <message>
        <source>Payout of %1</source>
        <translation>Virement du %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Date d'arrivée :</translation>
    </message>
    <message>
        <source>Payout id:</source>
        <translation>ID du virement :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Processing fee of %1</source>
        <translation>Frais de traitement de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): each payment, refund, fee and adjustment this payout contains.</source>
        <translation>
            <numerusform>%n ligne : chaque paiement, remboursement, frais et ajustement contenu dans ce virement.</numerusform>
            <numerusform>%n lignes : chaque paiement, remboursement, frais et ajustement contenu dans ce virement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s): %1</source>
        <translation>
            <numerusform>%n paiement : %1</numerusform>
            <numerusform>%n paiements : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Remboursements : %1</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Frais : %1</translation>
    </message>
    <message>
        <source>Adjustments: %1</source>
        <translation>Ajustements : %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Autres : %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Equals the payout amount of %1</source>
        <translation>Égal au montant du virement de %1</translation>
    </message>
    <message>
        <source>Differs from the payout amount of %1 by %2</source>
        <translation>Diffère du montant du virement de %1 de %2</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutRecipientsBox</name>
    <message>
        <source>Payout e-mails</source>
        <translation>Courriels de versement</translation>
    </message>
    <message>
        <source>Save recipients</source>
        <translation>Enregistrer les destinataires</translation>
    </message>
    <message>
        <source>When a bank payout is paid, the people checked here receive one e-mail with its amount, arrival date and number of payments.</source>
        <translation>Lorsqu'un versement bancaire est effectué, les personnes cochées ici reçoivent un courriel indiquant son montant, sa date d'arrivée et le nombre de paiements.</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: the payout e-mails wait until an Admin enters the mail server.</source>
        <translation>Le courriel n'est pas encore configuré : les courriels de versement attendront qu'un administrateur saisisse le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Nobody receives payout e-mails.</source>
        <translation>Personne ne reçoit les courriels de versement.</translation>
    </message>
    <message>
        <source>Payout e-mails go to %1.</source>
        <translation>Les courriels de versement sont envoyés à %1.</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutSettingsDialog</name>
    <message>
        <source>Payout settings — %1</source>
        <translation>Paramètres de versement — %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Payout schedule</source>
        <translation>Calendrier des versements</translation>
    </message>
    <message>
        <source>Pay out:</source>
        <translation>Fréquence des versements :</translation>
    </message>
    <message>
        <source>Day of the week:</source>
        <translation>Jour de la semaine :</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>Jour du mois :</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>Each payment reaches your bank account after this many days.</source>
        <translation>Chaque paiement arrive dans votre compte bancaire après ce nombre de jours.</translation>
    </message>
    <message>
        <source>Card statement</source>
        <translation>Relevé de carte</translation>
    </message>
    <message>
        <source>Statement descriptor:</source>
        <translation>Libellé de relevé :</translation>
    </message>
    <message>
        <source>Customers see:</source>
        <translation>Vos clients voient :</translation>
    </message>
    <message>
        <source>5 to 22 characters, with at least one letter. Use the name your customers know, so they recognise the charge.</source>
        <translation>De 5 à 22 caractères, dont au moins une lettre. Utilisez le nom que vos clients connaissent, pour qu'ils reconnaissent la transaction.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Show contents…</source>
        <translation>Afficher le contenu…</translation>
    </message>
    <message>
        <source>Every payout to your rooftops' bank accounts. Open one to see the payments, refunds and fees it contains.</source>
        <translation>Tous les virements vers les comptes bancaires de vos concessions. Ouvrez-en un pour voir les paiements, remboursements et frais qu'il contient.</translation>
    </message>
    <message>
        <source>All rooftops</source>
        <translation>Toutes les concessions</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Concession :</translation>
    </message>
    <message>
        <source>Arriving from:</source>
        <translation>Arrivée du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Date d'arrivée</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Concession</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No payouts arrive in these days. Payouts appear here once the sync has read them.</source>
        <translation>Aucun virement n'arrive pendant ces jours. Les virements apparaissent ici une fois lus par la synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s), %1 in all (failed payouts not counted).</source>
        <translation>
            <numerusform>%n virement, %1 au total (virements échoués non comptés).</numerusform>
            <numerusform>%n virements, %1 au total (virements échoués non comptés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::ui::ReauthDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>Your password (%1):</source>
        <translation>Votre mot de passe (%1) :</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>dp::ui::ReceiptView</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Receipt #%1</source>
        <translation>Reçu n° %1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Payé le %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Repair order / invoice</source>
        <translation>Bon de travail / facture</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Refund on %1 — %2</source>
        <translation>Remboursement du %1 — %2</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total remboursé</translation>
    </message>
    <message>
        <source>Total charged after refunds</source>
        <translation>Total facturé après remboursements</translation>
    </message>
    <message>
        <source>Payment reference %1</source>
        <translation>Référence du paiement %1</translation>
    </message>
    <message>
        <source>Refunds reach the card in 5 to 10 business days.</source>
        <translation>Les remboursements apparaissent sur la carte dans un délai de 5 à 10 jours ouvrables.</translation>
    </message>
    <message>
        <source>Thank you for your business.</source>
        <translation>Merci de votre confiance.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>This payment is not in the local store yet. Sync, then open the receipt again.</source>
        <translation>Ce paiement n'est pas encore dans la base locale. Synchronisez, puis rouvrez le reçu.</translation>
    </message>
    <message>
        <source>Unknown rooftop</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message>
        <source>Receipt — %1</source>
        <translation>Reçu — %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n'a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Paid %1, fee %2, refunded %3: you keep %4.</source>
        <translation>Payé %1, frais %2, remboursé %3 : vous gardez %4.</translation>
    </message>
</context>
<context>
    <name>dp::ui::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Import the DMS cashier export</source>
        <translation>Importer l'exportation de caisse du DMS</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import the bank statement</source>
        <translation>Importer le relevé bancaire</translation>
    </message>
    <message>
        <source>Bank statements (*.csv *.ofx *.qfx);;All files (*)</source>
        <translation>Relevés bancaires (*.csv *.ofx *.qfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>journal-%1.csv</source>
        <translation>journal-%1.csv</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import DMS file</source>
        <translation>Importer le fichier DMS</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n'a été importé de %1.</translation>
    </message>
    <message>
        <source>%1 was already imported: nothing was added.</source>
        <translation>%1 a déjà été importé : rien n'a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n DMS line(s) imported from %1.</source>
        <translation>
            <numerusform>%n ligne du DMS importée de %1.</numerusform>
            <numerusform>%n lignes du DMS importées de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>Importer le relevé bancaire</translation>
    </message>
    <message numerus="yes">
        <source>%n bank transaction(s) imported from %1.</source>
        <translation>
            <numerusform>%n transaction bancaire importée de %1.</numerusform>
            <numerusform>%n transactions bancaires importées de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match the DMS line %1 of %2 with %n card payment(s) of %3 in all.</source>
        <translation>
            <numerusform>Rapprocher la ligne du DMS %1 de %2 avec %n paiement par carte de %3 au total.</numerusform>
            <numerusform>Rapprocher la ligne du DMS %1 de %2 avec %n paiements par carte de %3 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The difference of %1 stays on record with your note.</source>
        <translation>L'écart de %1 reste consigné avec votre note.</translation>
    </message>
    <message>
        <source>Match by hand</source>
        <translation>Rapprocher manuellement</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Rapprocher</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Rapprochement…</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>Annuler le rapprochement</translation>
    </message>
    <message>
        <source>Undo the match of %1 (%2)? Its lines go back to the lists of what is not matched, and it is not made again automatically.</source>
        <translation>Annuler le rapprochement de %1 (%2)? Ses lignes retournent dans les listes des éléments non rapprochés, et il ne sera pas refait automatiquement.</translation>
    </message>
    <message>
        <source>Unmatching…</source>
        <translation>Annulation du rapprochement…</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>Close %1? A closed day is read-only: nothing can be imported, matched or unmatched until an administrator reopens it.</source>
        <translation>Clôturer le %1? Une journée clôturée est en lecture seule : rien ne peut y être importé, rapproché ou annulé tant qu'un administrateur ne l'a pas rouverte.</translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation>Clôture de la journée…</translation>
    </message>
    <message>
        <source>Reopen day</source>
        <translation>Rouvrir la journée</translation>
    </message>
    <message>
        <source>Reopen %1? Say why: the reason is kept in the audit log.</source>
        <translation>Rouvrir le %1? Indiquez pourquoi : le motif est conservé dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reopening the day…</source>
        <translation>Réouverture de la journée…</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Exportation du journal…</translation>
    </message>
    <message>
        <source>The journal was saved to %1.</source>
        <translation>Le journal a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>All rooftops</source>
        <translation>Toutes les concessions</translation>
    </message>
    <message>
        <source>Import DMS file…</source>
        <translation>Importer un fichier DMS…</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>Importer un relevé bancaire…</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>Exporter le journal…</translation>
    </message>
    <message>
        <source>Reopen day…</source>
        <translation>Rouvrir la journée…</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>Jour ouvrable :</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Concession :</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>Rapprocher…</translation>
    </message>
    <message>
        <source>Match the selected DMS line with the selected card payments, with a note.</source>
        <translation>Rapprocher la ligne du DMS sélectionnée avec les paiements par carte sélectionnés, avec une note.</translation>
    </message>
    <message>
        <source>DMS lines not matched</source>
        <translation>Lignes du DMS non rapprochées</translation>
    </message>
    <message>
        <source>Card payments and refunds not matched</source>
        <translation>Paiements et remboursements par carte non rapprochés</translation>
    </message>
    <message>
        <source>Lines in amber are on both sides with different amounts.</source>
        <translation>Les lignes en ambre figurent des deux côtés avec des montants différents.</translation>
    </message>
    <message>
        <source>Unmatch…</source>
        <translation>Annuler le rapprochement…</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rapprochés</translation>
    </message>
    <message>
        <source>Payouts and bank deposits</source>
        <translation>Virements et dépôts bancaires</translation>
    </message>
    <message>
        <source>Matching the day…</source>
        <translation>Rapprochement de la journée…</translation>
    </message>
    <message>
        <source>Every payout has its bank deposit.</source>
        <translation>Chaque virement a son dépôt bancaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) or deposit(s) not matched.</source>
        <translation>
            <numerusform>%n virement ou dépôt non rapproché.</numerusform>
            <numerusform>%n virements ou dépôts non rapprochés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>Rapprochés (%1)</translation>
    </message>
    <message>
        <source>Payouts and bank deposits (%1)</source>
        <translation>Virements et dépôts bancaires (%1)</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>Clôturée par %1 le %2</translation>
    </message>
    <message>
        <source>Reopened by %1: %2</source>
        <translation>Rouverte par %1 : %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>DMS %1 · card payments %2 · refunds %3 · fees %4 · differences %5</source>
        <translation>DMS %1 · paiements par carte %2 · remboursements %3 · frais %4 · écarts %5</translation>
    </message>
</context>
<context>
    <name>dp::ui::RefundDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes back to %2's &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sera remboursé sur la &lt;b&gt;%3&lt;/b&gt; de %2%4.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>This is a partial refund: %1 of the %2 payment stays paid.</source>
        <translation>Il s'agit d'un remboursement partiel : %1 du paiement de %2 reste payé.</translation>
    </message>
    <message>
        <source>This refunds the rest of the %1 payment (%2 was refunded before).</source>
        <translation>Ceci rembourse le reste du paiement de %1 (%2 a déjà été remboursé).</translation>
    </message>
    <message>
        <source>This refunds the whole payment.</source>
        <translation>Ceci rembourse la totalité du paiement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the customer will see:&lt;/b&gt; a refund of %1 from %2 on their card statement, usually within 5 to 10 business days. The receipt lists the refund.</source>
        <translation>&lt;b&gt;Ce que le client verra :&lt;/b&gt; un remboursement de %1 de la part de %2 sur son relevé de carte, habituellement dans un délai de 5 à 10 jours ouvrables. Le reçu indique le remboursement.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motif : %1.</translation>
    </message>
    <message>
        <source>A refund cannot be undone.</source>
        <translation>Un remboursement est irréversible.</translation>
    </message>
    <message>
        <source>Refund payment</source>
        <translation>Rembourser le paiement</translation>
    </message>
    <message>
        <source>This payment is not in the local store. Sync and try again.</source>
        <translation>Ce paiement n'est pas dans la base locale. Synchronisez et réessayez.</translation>
    </message>
    <message>
        <source>the dealership</source>
        <translation>la concession</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>N° de bon de travail</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Déjà remboursé</translation>
    </message>
    <message>
        <source>Can be refunded</source>
        <translation>Remboursable</translation>
    </message>
    <message>
        <source>Amount to refund:</source>
        <translation>Montant à rembourser :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <source>Enter a smaller amount for a partial refund. You can refund the rest later.</source>
        <translation>Saisissez un montant inférieur pour un remboursement partiel. Vous pourrez rembourser le reste plus tard.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Enter the amount in dollars and cents, like 125.00.</source>
        <translation>Saisissez le montant en dollars et en cents, p. ex. 125,00.</translation>
    </message>
    <message>
        <source>Refund %1 in full?</source>
        <translation>Rembourser la totalité de %1?</translation>
    </message>
    <message>
        <source>Refund %1 of %2?</source>
        <translation>Rembourser %1 sur %2?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Remboursement…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source> (payment for %1)</source>
        <translation> (paiement du bon de travail %1)</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking whether the payments server made the refund of %1…</source>
        <translation>Résultat du remboursement inconnu — vérification auprès du serveur de paiement : le remboursement de %1 a-t-il été fait…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The refund of %1 was made. The customer gets it back once.</source>
        <translation>Le remboursement de %1 a été fait. Le client ne le reçoit qu'une seule fois.</translation>
    </message>
    <message>
        <source>The earlier refund of %1 was not made: the payments server never received it. You can start a new refund.</source>
        <translation>Le remboursement précédent de %1 n'a pas été fait : le serveur de paiement ne l'a jamais reçu. Vous pouvez lancer un nouveau remboursement.</translation>
    </message>
    <message>
        <source>Refund outcome unknown — the payments server has not made the refund of %1. Continue to send it again; it cannot be made twice.</source>
        <translation>Résultat du remboursement inconnu — le serveur de paiement n'a pas fait le remboursement de %1. Choisissez Continuer pour le renvoyer ; il ne peut pas être fait deux fois.</translation>
    </message>
    <message>
        <source>Send the refund of %1 again</source>
        <translation>Renvoyer le remboursement de %1</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking. Continue asks the payments server whether the refund of %1 was made before anything is sent again.</source>
        <translation>Résultat du remboursement inconnu — vérification en cours. Continuer demande au serveur de paiement si le remboursement de %1 a été fait, avant tout nouvel envoi.</translation>
    </message>
</context>
<context>
    <name>dp::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>Générer le rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Reports of the payments server for your accounting office, as CSV files: choose the report, the days and the columns, run it, then save it.</source>
        <translation>Rapports du serveur de paiements pour votre service de comptabilité, en fichiers CSV : choisissez le rapport, les jours et les colonnes, générez-le, puis enregistrez-le.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Concession :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Usual columns</source>
        <translation>Colonnes habituelles</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation>Cochez au moins une colonne.</translation>
    </message>
    <message>
        <source>Asking the payments server for the report…</source>
        <translation>Demande du rapport au serveur de paiements…</translation>
    </message>
    <message>
        <source>The payments server is preparing the report…</source>
        <translation>Le serveur de paiements prépare le rapport…</translation>
    </message>
    <message>
        <source>Downloading the report…</source>
        <translation>Téléchargement du rapport…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s). Save the CSV to keep it.</source>
        <translation>
            <numerusform>%n ligne. Enregistrez le CSV pour le conserver.</numerusform>
            <numerusform>%n lignes. Enregistrez le CSV pour le conserver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>dp::ui::RequestDialog</name>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>RO-10452</source>
        <translation>BT-10452</translation>
    </message>
    <message>
        <source>Brake pads and rotors (optional)</source>
        <translation>Plaquettes et disques de frein (facultatif)</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>Demander un paiement</translation>
    </message>
    <message>
        <source>No rooftop takes payments yet</source>
        <translation>Aucun établissement n'encaisse encore de paiements</translation>
    </message>
    <message>
        <source>Credit or debit card</source>
        <translation>Carte de crédit ou de débit</translation>
    </message>
    <message>
        <source>Bank transfer (ACH)</source>
        <translation>Virement bancaire (ACH)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Cellulaire :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation>Envoyer par :</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Établissement :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Pay with:</source>
        <translation>Payer par :</translation>
    </message>
    <message>
        <source>RO / invoice number:</source>
        <translation>N° de bon de travail / facture :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>The customer receives a secure link and pays by card on their phone. The link expires after 24 hours.</source>
        <translation>Le client reçoit un lien sécurisé et paie par carte sur son téléphone. Le lien expire après 24 heures.</translation>
    </message>
    <message>
        <source>&lt;span style="color: #6b6b6b"&gt;Card fee: 3.25 % + %1 per payment.&lt;/span&gt;</source>
        <translation>&lt;span style="color: #6b6b6b"&gt;Frais de carte : 3,25 % + %1 par paiement.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Card fee &lt;b&gt;%1&lt;/b&gt; · The rooftop receives &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Frais de carte &lt;b&gt;%1&lt;/b&gt; · L'établissement reçoit &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter the amount in dollars and cents, like 1,250.00.</source>
        <translation>Saisissez le montant en dollars et en cents, p. ex. 1 250,00.</translation>
    </message>
    <message>
        <source>No rooftop takes payments yet: an Admin must connect one first.</source>
        <translation>Aucun établissement n'encaisse encore de paiements : un administrateur doit d'abord en connecter un.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>(514) 555-0123</source>
        <translation>(514) 555-0123</translation>
    </message>
</context>
<context>
    <name>dp::ui::RequestsModel</name>
    <message>
        <source>The link expires %1</source>
        <translation>Le lien expire le %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Mobile or e-mail</source>
        <translation>Cellulaire ou courriel</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>N° de bon de travail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Conseiller</translation>
    </message>
</context>
<context>
    <name>dp::ui::RequestsView</name>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Reçu…</translation>
    </message>
    <message>
        <source>Search customer, mobile, RO number…</source>
        <translation>Rechercher un client, un cellulaire, un n° de bon de travail…</translation>
    </message>
    <message>
        <source>Send the same link again by text message or e-mail.</source>
        <translation>Renvoyer le même lien par texto ou par courriel.</translation>
    </message>
    <message>
        <source>Expire the link so that it can no longer be paid.</source>
        <translation>Faire expirer le lien pour qu'il ne puisse plus servir à payer.</translation>
    </message>
    <message>
        <source>Copy the payment link, to paste it in a chat or an e-mail.</source>
        <translation>Copier le lien de paiement pour le coller dans une conversation ou un courriel.</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Lien copié : %1</translation>
    </message>
    <message>
        <source>No payment requests yet</source>
        <translation>Aucune demande de paiement pour l'instant</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 demandes</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The payment link was sent again to %1.</source>
        <translation>Le lien de paiement a été renvoyé à %1.</translation>
    </message>
    <message>
        <source>Cancel the request of %1 to %2 for RO %3? The link stops working at once.</source>
        <translation>Annuler la demande de %1 envoyée à %2 pour le bon de travail %3? Le lien cessera immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Cancel payment request</source>
        <translation>Annuler la demande de paiement</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The request was canceled; its link no longer works.</source>
        <translation>La demande a été annulée; son lien ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>dp::ui::SensitiveDetailsDialog</name>
    <message>
        <source>Bank and tax details</source>
        <translation>Renseignements bancaires et fiscaux</translation>
    </message>
    <message>
        <source>Not provided yet</source>
        <translation>Pas encore fourni</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>Numéro fiscal :</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Compte bancaire :</translation>
    </message>
    <message>
        <source>Routing / transit:</source>
        <translation>Acheminement / transit :</translation>
    </message>
    <message>
        <source>Only the last 4 digits are shown. To change these details, open the Express dashboard.</source>
        <translation>Seuls les 4 derniers chiffres sont affichés. Pour modifier ces renseignements, ouvrez le tableau de bord Express.</translation>
    </message>
</context>
<context>
    <name>dp::ui::StaffBox</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>A role change or a deactivation applies at the person's next action: a deactivated user is signed out and can no longer sign in.</source>
        <translation>Un changement de rôle ou une désactivation s'applique à la prochaine action de la personne : un utilisateur désactivé est déconnecté et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Another Admin can change your role.</source>
        <translation>Un autre administrateur peut changer votre rôle.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Make %1 a %2? %3</source>
        <translation>Attribuer à %1 le rôle %2? %3</translation>
    </message>
    <message>
        <source>Admins can connect payments and manage the staff.</source>
        <translation>Les administrateurs peuvent connecter les paiements et gérer le personnel.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle %2.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l'utilisateur</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out at their next action and can no longer sign in. You can reactivate them later.</source>
        <translation>Désactiver %1? La personne sera déconnectée à sa prochaine action et ne pourra plus se connecter. Vous pourrez la réactiver plus tard.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>Le compte de %1 est de nouveau actif.</translation>
    </message>
</context>
<context>
    <name>dp::ui::TeamsBox</name>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Créer une équipe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Takes payments</source>
        <translation>Encaisse les paiements</translation>
    </message>
    <message>
        <source>Team name, e.g. Service cashiers</source>
        <translation>Nom de l'équipe, p. ex. Caissiers du service</translation>
    </message>
    <message>
        <source>Managers in a team that takes payments see the Payments tab with the payments of their teams.</source>
        <translation>Les gestionnaires d'une équipe qui encaisse les paiements voient l'onglet Paiements avec les paiements de leurs équipes.</translation>
    </message>
    <message>
        <source>%1 · takes payments</source>
        <translation>%1 · encaisse les paiements</translation>
    </message>
    <message>
        <source>Members of %1:</source>
        <translation>Membres de %1 :</translation>
    </message>
    <message>
        <source>Create a team to add members.</source>
        <translation>Créez une équipe pour y ajouter des membres.</translation>
    </message>
</context>
<context>
    <name>dp::ui::WorkArea</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Session de &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l'instant</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Tous les paiements</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Your role has no page yet. Ask your administrator to add you to a team that takes payments.</source>
        <translation>Votre rôle n'a pas encore de page. Demandez à votre administrateur de vous ajouter à une équipe qui encaisse les paiements.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch the latest payments, refunds and request states now.</source>
        <translation>Récupérer maintenant les derniers paiements, remboursements et états des demandes.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Exports for your accounting office arrive with the Reports page.</source>
        <translation>Les exportations pour votre service de comptabilité arriveront avec la page Rapports.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the requests or payments shown.</source>
        <translation>Rechercher dans les demandes ou les paiements affichés.</translation>
    </message>
    <message>
        <source>&amp;New payment request…</source>
        <translation>&amp;Nouvelle demande de paiement…</translation>
    </message>
    <message>
        <source>Text a secure payment link to a customer.</source>
        <translation>Envoyer par texto un lien de paiement sécurisé à un client.</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rembourser…</translation>
    </message>
    <message>
        <source>Refund all or part of the selected payment.</source>
        <translation>Rembourser tout ou partie du paiement sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Paiements</translation>
    </message>
</context>
</TS>
