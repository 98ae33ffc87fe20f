<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ApiError</name>
    <message>
        <source>The payments service did not answer in time. Check the internet connection and try again; nothing will be charged twice.</source>
        <translation>Il servizio di pagamento non ha risposto in tempo. Controlla la connessione a Internet e riprova; nulla verrà addebitato due volte.</translation>
    </message>
    <message>
        <source>The secure connection to the payments service could not be verified. Ask your IT contact to check this computer's date and network.</source>
        <translation>Impossibile verificare la connessione sicura al servizio di pagamento. Chiedi al tuo referente IT di controllare la data e la rete di questo computer.</translation>
    </message>
    <message>
        <source>The payments service cannot be reached. Check the internet connection and try again.</source>
        <translation>Il servizio di pagamento non è raggiungibile. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>The payments account does not allow this operation.</source>
        <translation>L'account di pagamento non consente questa operazione.</translation>
    </message>
    <message>
        <source>The card was declined for insufficient funds. Ask the customer for another card.</source>
        <translation>La carta è stata rifiutata per fondi insufficienti. Chiedi al cliente un'altra carta.</translation>
    </message>
    <message>
        <source>The card has expired. Ask the customer for another card.</source>
        <translation>La carta è scaduta. Chiedi al cliente un'altra carta.</translation>
    </message>
    <message>
        <source>The card was declined. Ask the customer to use another card or call their bank.</source>
        <translation>La carta è stata rifiutata. Chiedi al cliente di usare un'altra carta o di contattare la sua banca.</translation>
    </message>
    <message>
        <source>This request was already sent with different details. Start it again from the beginning.</source>
        <translation>Questa richiesta è già stata inviata con dati diversi. Ricomincia dall'inizio.</translation>
    </message>
    <message>
        <source>The payments service is busy. Please wait a minute and try again.</source>
        <translation>Il servizio di pagamento è occupato. Attendi un minuto e riprova.</translation>
    </message>
    <message>
        <source>The payments service had a problem. Try again in a few minutes; nothing will be charged twice.</source>
        <translation>Il servizio di pagamento ha avuto un problema. Riprova tra qualche minuto; nulla verrà addebitato due volte.</translation>
    </message>
    <message>
        <source>The payments service sent an answer DealerPay does not understand. Try again later.</source>
        <translation>Il servizio di pagamento ha inviato una risposta che DealerPay non comprende. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>This item no longer exists at the payments service. Refresh and try again.</source>
        <translation>Questo elemento non esiste più nel servizio di pagamento. Aggiorna e riprova.</translation>
    </message>
    <message>
        <source>The amount is not allowed for this payment.</source>
        <translation>Questo importo non è consentito per questo pagamento.</translation>
    </message>
    <message>
        <source>The statement descriptor was refused: use 5 to 22 letters or digits, with at least one letter and none of &lt; &gt; \ ' " *.</source>
        <translation>Il descrittore dell'estratto conto è stato rifiutato: usa da 5 a 22 lettere o cifre, con almeno una lettera e senza nessuno di questi caratteri: &lt; &gt; \ ' " *.</translation>
    </message>
    <message>
        <source>The payments service refused the request: %1</source>
        <translation>Il servizio di pagamento ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <source>The payments service refused the request.</source>
        <translation>Il servizio di pagamento ha rifiutato la richiesta.</translation>
    </message>
    <message>
        <source>The payments service did not accept this workstation's API key. Ask an Admin to enter the key again.</source>
        <translation>Il servizio di pagamento non ha accettato la chiave API di questa postazione. Chiedi a un amministratore di inserire di nuovo la chiave.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Impossibile leggere il registro di controllo: %1</translation>
    </message>
    <message>
        <source>The entry before entry %1 was deleted or its link was changed.</source>
        <translation>La voce che precede la voce %1 è stata eliminata o il suo collegamento è stato modificato.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>La voce %1 è stata modificata dopo essere stata scritta.</translation>
    </message>
</context>
<context>
    <name>BankDepositRepository</name>
    <message>
        <source>read the bank deposits</source>
        <translation>leggere gli accrediti bancari</translation>
    </message>
    <message>
        <source>save the bank deposits</source>
        <translation>salvare gli accrediti bancari</translation>
    </message>
</context>
<context>
    <name>BankImport</name>
    <message>
        <source>The transaction has no valid DTPOSTED date ("%1").</source>
        <translation>La transazione non ha una data DTPOSTED valida ("%1").</translation>
    </message>
    <message>
        <source>The transaction has no valid TRNAMT amount ("%1").</source>
        <translation>La transazione non ha un importo TRNAMT valido ("%1").</translation>
    </message>
    <message>
        <source>The OFX file holds no transactions (no STMTTRN).</source>
        <translation>Il file OFX non contiene transazioni (nessun STMTTRN).</translation>
    </message>
    <message>
        <source>The bank statement has no transactions.</source>
        <translation>L'estratto conto non contiene transazioni.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell: a quote (") is not closed.</source>
        <translation>Il file termina all'interno di una cella tra virgolette: una virgoletta (") non è chiusa.</translation>
    </message>
    <message>
        <source>The columns of this bank statement are not recognized: it needs a date column and an amount (or credit) column.</source>
        <translation>Le colonne di questo estratto conto non sono riconosciute: servono una colonna della data e una colonna dell'importo (o dell'avere).</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" non è una data.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" non è un importo.</translation>
    </message>
    <message>
        <source>This line has no amount in its credit or debit column.</source>
        <translation>Questa riga non ha un importo nella colonna avere o dare.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stopping: waiting for the running jobs to end…</source>
        <translation>Arresto in corso: attesa del termine delle attività in esecuzione…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed.</source>
        <translation>
            <numerusform>%n attività non riuscita.</numerusform>
            <numerusform>%n attività non riuscite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was stopped; the next run continues where it stopped.</source>
        <translation>La sincronizzazione è stata interrotta; la prossima esecuzione riprenderà da dove si è fermata.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>La sincronizzazione non è riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s)</source>
        <translation>
            <numerusform>%n versamento</numerusform>
            <numerusform>%n versamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) written to %2</source>
        <translation>
            <numerusform>%1: %n riga scritta in %2</numerusform>
            <numerusform>%1: %n righe scritte in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL stores are not supported yet: pass the path of a SQLite file to --db.</source>
        <translation>Gli archivi PostgreSQL non sono ancora supportati: indichi in --db il percorso di un file SQLite.</translation>
    </message>
    <message>
        <source>--db takes the path of a SQLite file, not "%1".</source>
        <translation>--db richiede il percorso di un file SQLite, non "%1".</translation>
    </message>
    <message>
        <source>The store %1 cannot be written to.</source>
        <translation>Impossibile scrivere nell'archivio %1.</translation>
    </message>
    <message>
        <source>The folder of the store, %1, does not exist.</source>
        <translation>La cartella dell'archivio, %1, non esiste.</translation>
    </message>
    <message>
        <source>The store cannot be created: the folder %1 cannot be written to.</source>
        <translation>Impossibile creare l'archivio: non è possibile scrivere nella cartella %1.</translation>
    </message>
    <message>
        <source>The API key is never taken from the command line: every user of this machine can read a command line. Put it in the environment variable %1 or in the keychain (the desktop app stores it there).</source>
        <translation>La chiave API non viene mai letta dalla riga di comando: ogni utente di questo computer può leggere una riga di comando. La inserisca nella variabile d'ambiente %1 o nel portachiavi di sistema (l'app desktop la conserva lì).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argomento imprevisto: %1</translation>
    </message>
    <message>
        <source>"%1" is not the address of a payments API: give an http:// or https:// URL to --api-base.</source>
        <translation>"%1" non è l'indirizzo di un'API di pagamento: indichi in --api-base un URL http:// o https://.</translation>
    </message>
    <message>
        <source>No API key: set the environment variable %1, or save the key in the keychain by signing in to the desktop app in live mode once.</source>
        <translation>Nessuna chiave API: imposti la variabile d'ambiente %1 oppure salvi la chiave nel portachiavi di sistema accedendo una volta all'app desktop in modalità reale.</translation>
    </message>
    <message>
        <source>The store %1 could not be opened: %2</source>
        <translation>Impossibile aprire l'archivio %1: %2</translation>
    </message>
    <message>
        <source>The payments API at %1 refused the API key (HTTP 401). Check the key in %2 or in the keychain.</source>
        <translation>L'API di pagamento su %1 ha rifiutato la chiave API (HTTP 401). Controlli la chiave in %2 o nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The payments API at %1 cannot be reached: %2</source>
        <translation>L'API di pagamento su %1 non è raggiungibile: %2</translation>
    </message>
    <message>
        <source>The payments API at %1 answered with an error: %2</source>
        <translation>L'API di pagamento su %1 ha risposto con un errore: %2</translation>
    </message>
    <message>
        <source>Give the store with --db.</source>
        <translation>Indicare l'archivio con --db.</translation>
    </message>
    <message>
        <source>Give the file to write with --out (- for stdout).</source>
        <translation>Indicare il file da scrivere con --out (- per lo standard output).</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>The standard output cannot be written.</source>
        <translation>Impossibile scrivere sullo standard output.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) written to %1.</source>
        <translation><numerusform>%n pagamento scritto in %1.</numerusform><numerusform>%n pagamenti scritti in %1.</numerusform></translation>
    </message>
    <message>
        <source>--db is required: give the store's SQLite file.</source>
        <translation>--db è obbligatorio: indicare il file SQLite dell'archivio.</translation>
    </message>
    <message>
        <source>--from takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--from richiede una data nel formato AAAA-MM-GG, non "%1".</translation>
    </message>
    <message>
        <source>--to takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--to richiede una data nel formato AAAA-MM-GG, non "%1".</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to non può precedere --from.</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>L'archivio %1 non esiste.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n DMS line(s), %3 matched, %4 unmatched DMS line(s), %5 unmatched payment(s), %6 difference(s).</source>
        <translation><numerusform>%1 (%2): %n riga del DMS, %3 abbinate, %4 righe del DMS non abbinate, %5 pagamenti non abbinati, %6 differenze.</numerusform><numerusform>%1 (%2): %n righe del DMS, %3 abbinate, %4 righe del DMS non abbinate, %5 pagamenti non abbinati, %6 differenze.</numerusform></translation>
    </message>
    <message>
        <source>The day is closed: nothing new was matched.</source>
        <translation>La giornata è chiusa: non è stato abbinato nulla di nuovo.</translation>
    </message>
    <message>
        <source>Give the day with --date YYYY-MM-DD.</source>
        <translation>Indicare la giornata con --date AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>Give the time zone with --tz, e.g. America/Toronto.</source>
        <translation>Indicare il fuso orario con --tz, ad esempio America/Toronto.</translation>
    </message>
    <message>
        <source>--rooftop takes the number of a rooftop.</source>
        <translation>--rooftop richiede il numero di una sede.</translation>
    </message>
    <message>
        <source>Give the DMS export with --dms.</source>
        <translation>Indicare l'esportazione del DMS con --dms.</translation>
    </message>
    <message>
        <source>The DMS export %1 cannot be read: %2</source>
        <translation>Impossibile leggere l'esportazione del DMS %1: %2</translation>
    </message>
    <message>
        <source>The bank statement %1 cannot be read: %2</source>
        <translation>Impossibile leggere l'estratto conto %1: %2</translation>
    </message>
    <message>
        <source>The bank statement has bad lines: nothing was imported.</source>
        <translation>L'estratto conto contiene righe non valide: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>reconcile</translation>
    </message>
    <message>
        <source>The columns of %1 are not recognized and no column mapping is saved for the DMS "%2": import it once in DealerPay (Reconciliation) to choose them, then run this again.</source>
        <translation>Le colonne di %1 non sono riconosciute e non è salvata alcuna mappatura delle colonne per il DMS "%2": importarlo una volta in DealerPay (Riconciliazione) per sceglierle, poi eseguire di nuovo il comando.</translation>
    </message>
    <message numerus="yes">
        <source>The DMS export has %n bad line(s): nothing was imported.</source>
        <translation><numerusform>L'esportazione del DMS contiene %n riga non valida: non è stato importato nulla.</numerusform><numerusform>L'esportazione del DMS contiene %n righe non valide: non è stato importato nulla.</numerusform></translation>
    </message>
    <message>
        <source>Note: %1 has no line dated %2.</source>
        <translation>Nota: %1 non contiene righe con data %2.</translation>
    </message>
    <message>
        <source>No connected rooftop has the id %1. Connected rooftops: %2.</source>
        <translation>Nessuna sede collegata ha l'id %1. Sedi collegate: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>No rooftop of the store is connected to a payments account.</source>
        <translation>Nessuna sede dell'archivio è collegata a un conto pagamenti.</translation>
    </message>
    <message>
        <source>Several rooftops are connected: choose one with --rooftop (%1).</source>
        <translation>Sono collegate più sedi: sceglierne una con --rooftop (%1).</translation>
    </message>
    <message>
        <source>Missing options: %1. See --help.</source>
        <translation>Opzioni mancanti: %1. Vedere --help.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La cartella di %1 non esiste.</translation>
    </message>
    <message>
        <source>Asking for the report…</source>
        <translation>Richiesta del report…</translation>
    </message>
    <message>
        <source>Waiting for the report…</source>
        <translation>In attesa del report…</translation>
    </message>
    <message>
        <source>Downloading the report…</source>
        <translation>Download del report…</translation>
    </message>
</context>
<context>
    <name>ConnectionService</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Bank account for payouts</source>
        <translation>Conto bancario per i bonifici</translation>
    </message>
    <message>
        <source>Business tax ID (EIN, BN or NEQ)</source>
        <translation>Numero fiscale dell'azienda (EIN, BN o NEQ)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Indirizzo di fatturazione</translation>
    </message>
    <message>
        <source>Ownership structure</source>
        <translation>Struttura proprietaria</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Business phone number</source>
        <translation>Numero di telefono dell'azienda</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Settore di attività</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Descrizione dei prodotti</translation>
    </message>
    <message>
        <source>Business website</source>
        <translation>Sito web dell'azienda</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Tipo di attività</translation>
    </message>
    <message>
        <source>Representative's personal details</source>
        <translation>Dati personali del rappresentante</translation>
    </message>
    <message>
        <source>Acceptance of the terms of service</source>
        <translation>Accettazione dei termini di servizio</translation>
    </message>
    <message>
        <source>Connect this rooftop to payments first.</source>
        <translation>Prima connetti questa concessionaria ai pagamenti.</translation>
    </message>
    <message>
        <source>Choose how often payouts are sent.</source>
        <translation>Scegli la frequenza dei bonifici.</translation>
    </message>
    <message>
        <source>Choose the day of the week for payouts.</source>
        <translation>Scegli il giorno della settimana per i bonifici.</translation>
    </message>
    <message>
        <source>Choose a day of the month between 1 and 31.</source>
        <translation>Scegli un giorno del mese tra 1 e 31.</translation>
    </message>
    <message>
        <source>The payout delay must be between 2 and 30 days.</source>
        <translation>L'attesa per i bonifici deve essere tra 2 e 30 giorni.</translation>
    </message>
    <message>
        <source>Enter your password again to see bank and tax details.</source>
        <translation>Inserisci di nuovo la password per vedere i dati bancari e fiscali.</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Fornito</translation>
    </message>
    <message>
        <source>Not provided yet</source>
        <translation>Non ancora fornito</translation>
    </message>
    <message>
        <source>No bank account yet</source>
        <translation>Ancora nessun conto bancario</translation>
    </message>
    <message>
        <source>This rooftop no longer exists.</source>
        <translation>Questa concessionaria non esiste più.</translation>
    </message>
    <message>
        <source>Rooftop name</source>
        <translation>Nome della concessionaria</translation>
    </message>
    <message>
        <source>A rooftop with this name already exists.</source>
        <translation>Esiste già una concessionaria con questo nome.</translation>
    </message>
    <message>
        <source>Choose at least one country.</source>
        <translation>Scegli almeno un paese.</translation>
    </message>
    <message>
        <source>Payments are not offered in %1.</source>
        <translation>I pagamenti non sono disponibili in questo paese: %1.</translation>
    </message>
    <message>
        <source>save the allowed countries</source>
        <translation>salvare i paesi consentiti</translation>
    </message>
    <message>
        <source>Payments are offered only to businesses registered in the allowed countries.</source>
        <translation>I pagamenti sono offerti solo alle aziende registrate nei paesi consentiti.</translation>
    </message>
    <message>
        <source>Only a person authorized to sign for the organization may connect payments.</source>
        <translation>Solo una persona autorizzata a firmare per conto dell'organizzazione può connettere i pagamenti.</translation>
    </message>
    <message>
        <source>Enter your password again to send bank and tax details.</source>
        <translation>Inserisci di nuovo la password per inviare i dati bancari e fiscali.</translation>
    </message>
    <message>
        <source>Connect this rooftop first.</source>
        <translation>Prima connetti questa concessionaria.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Onboarding incomplete</source>
        <translation>Registrazione incompleta</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Limitato</translation>
    </message>
    <message>
        <source>Setting up customer payments by text message</source>
        <translation>Attivazione dei pagamenti dei clienti tramite SMS</translation>
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
        <translation>Ciao,

vorremmo attivare i pagamenti in DealerPay per %1, così che i clienti possano pagarci tramite SMS. Per configurarli mi serve il tuo aiuto con i dati del conto bancario e con la procedura del nostro gestionale della concessionaria che i nostri consulenti dovranno seguire.

Per connettere il nostro account di pagamento mi servono:
- Indirizzo di fatturazione registrato
- Dettagli sulla struttura proprietaria dell'azienda
- Numero fiscale dell'azienda: EIN (Stati Uniti), BN (Canada) o NEQ (Québec)
- Settore di attività e descrizione generale dei nostri prodotti
- Dati personali della persona che effettua la connessione
- Conto bancario su cui ricevere i bonifici:
    Stati Uniti: numero di routing e numero di conto
    Canada: numero di transito, numero di istituto e numero di conto

Inviterò il personale della contabilità in DealerPay, così potrai riconciliare ogni giorno i pagamenti dei clienti con il nostro gestionale della concessionaria.

Grazie per l'aiuto,
%2</translation>
    </message>
    <message>
        <source>Another rooftop already has this name.</source>
        <translation>Un'altra concessionaria ha già questo nome.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
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
        <translation>Columbia Britannica</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nuovo Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terranova e Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nuova Scozia</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territori del Nord-Ovest</translation>
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
        <translation>Isola del Principe Edoardo</translation>
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
            <numerusform>%n giorno di attesa</numerusform>
            <numerusform>%n giorni di attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily, %1</source>
        <translation>Giornaliero, %1</translation>
    </message>
    <message>
        <source>Weekly on %1, %2</source>
        <translation>Settimanale (%1), %2</translation>
    </message>
    <message>
        <source>Monthly on day %1, %2</source>
        <translation>Mensile, il giorno %1, %2</translation>
    </message>
    <message>
        <source>Manual — payouts are sent only when requested</source>
        <translation>Manuale — i bonifici vengono inviati solo su richiesta</translation>
    </message>
</context>
<context>
    <name>DmsImport</name>
    <message>
        <source>The file is empty: it has no lines to import.</source>
        <translation>Il file è vuoto: non contiene righe da importare.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted cell: a quote (") is not closed.</source>
        <translation>Il file termina all'interno di una cella tra virgolette: una virgoletta (") non è chiusa.</translation>
    </message>
    <message>
        <source>The columns of this file are not recognized: say which column holds the date, the amount and the RO number.</source>
        <translation>Le colonne di questo file non sono riconosciute: indicare quale colonna contiene la data, l'importo e il numero OR.</translation>
    </message>
    <message>
        <source>Say at least which columns hold the date and the amount.</source>
        <translation>Indicare almeno quali colonne contengono la data e l'importo.</translation>
    </message>
    <message>
        <source>"%1" is not a time zone (e.g. America/Toronto).</source>
        <translation>"%1" non è un fuso orario (ad esempio America/Toronto).</translation>
    </message>
    <message numerus="yes">
        <source>This line has %n cell(s); the columns chosen need %1.</source>
        <translation><numerusform>Questa riga ha %n cella; le colonne scelte ne richiedono %1.</numerusform><numerusform>Questa riga ha %n celle; le colonne scelte ne richiedono %1.</numerusform></translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>"%1" non è una data.</translation>
    </message>
    <message>
        <source>"%1" is not a time.</source>
        <translation>"%1" non è un orario.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>L'importo è vuoto.</translation>
    </message>
    <message>
        <source>"%1" is not an amount.</source>
        <translation>"%1" non è un importo.</translation>
    </message>
    <message>
        <source>"%1" is not a currency code (e.g. USD).</source>
        <translation>"%1" non è un codice valuta (ad esempio USD).</translation>
    </message>
    <message>
        <source>The file has a header but no lines to import.</source>
        <translation>Il file ha un'intestazione ma nessuna riga da importare.</translation>
    </message>
</context>
<context>
    <name>DmsRepository</name>
    <message>
        <source>read the DMS lines</source>
        <translation>leggere le righe del DMS</translation>
    </message>
    <message>
        <source>save the DMS lines</source>
        <translation>salvare le righe del DMS</translation>
    </message>
    <message>
        <source>read the DMS column mapping</source>
        <translation>leggere la mappatura delle colonne del DMS</translation>
    </message>
    <message>
        <source>save the DMS column mapping</source>
        <translation>salvare la mappatura delle colonne del DMS</translation>
    </message>
</context>
<context>
    <name>InvitationRepository</name>
    <message>
        <source>read the invitation</source>
        <translation>leggere l'invito</translation>
    </message>
    <message>
        <source>save the invitation</source>
        <translation>salvare l'invito</translation>
    </message>
    <message>
        <source>read the invitations</source>
        <translation>leggere gli inviti</translation>
    </message>
    <message>
        <source>revoke the invitation</source>
        <translation>revocare l'invito</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The job was stopped.</source>
        <translation>L'attività è stata interrotta.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Card receipts (gross)</source>
        <translation>Incassi con carta (lordi)</translation>
    </message>
    <message>
        <source>Card processing fees</source>
        <translation>Commissioni di elaborazione carte</translation>
    </message>
    <message>
        <source>Card refunds</source>
        <translation>Rimborsi su carta</translation>
    </message>
    <message>
        <source>Payouts deposited in the bank</source>
        <translation>Versamenti accreditati in banca</translation>
    </message>
</context>
<context>
    <name>MailServer</name>
    <message>
        <source>The mail server</source>
        <translation>Server di posta</translation>
    </message>
    <message>
        <source>Enter the server's name, like smtp.example.com.</source>
        <translation>Inserisci il nome del server, ad es. smtp.example.com.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 587).</source>
        <translation>La porta è un numero da 1 a 65535 (di solito 587).</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Inserisci il nome utente associato alla password.</translation>
    </message>
    <message>
        <source>The password could not be kept in %1: %2</source>
        <translation>Impossibile conservare la password in %1: %2</translation>
    </message>
    <message>
        <source>This is a test message from DealerPay. Invitations and payout e-mails of %1 will be sent the same way.</source>
        <translation>Questo è un messaggio di prova di DealerPay. Gli inviti e le e-mail dei bonifici di %1 verranno inviati allo stesso modo.</translation>
    </message>
    <message>
        <source>DealerPay test message</source>
        <translation>Messaggio di prova di DealerPay</translation>
    </message>
</context>
<context>
    <name>PaymentExport</name>
    <message>
        <source>Give the first day to export (YYYY-MM-DD).</source>
        <translation>Indicare il primo giorno da esportare (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Give the last day to export (YYYY-MM-DD).</source>
        <translation>Indicare l'ultimo giorno da esportare (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>L'ultimo giorno precede il primo giorno.</translation>
    </message>
    <message>
        <source>"%1" is not a time zone: give an IANA zone such as America/Toronto.</source>
        <translation>"%1" non è un fuso orario: indicare un fuso IANA, ad esempio America/Toronto.</translation>
    </message>
    <message>
        <source>"%1" is not a column of the export. The columns are: %2.</source>
        <translation>"%1" non è una colonna dell'esportazione. Le colonne sono: %2.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L'esportazione è stata annullata.</translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>Impossibile scrivere il file di esportazione: %1</translation>
    </message>
</context>
<context>
    <name>PaymentExportRepository</name>
    <message>
        <source>read the payments to export</source>
        <translation>leggere i pagamenti da esportare</translation>
    </message>
</context>
<context>
    <name>PaymentRequests</name>
    <message>
        <source>Choose the rooftop that takes this payment.</source>
        <translation>Scegli la concessionaria che incassa questo pagamento.</translation>
    </message>
    <message>
        <source>%1 cannot take payments yet: an Admin must finish connecting it.</source>
        <translation>%1 non può ancora incassare pagamenti: un amministratore deve completarne la connessione.</translation>
    </message>
    <message>
        <source>save the payment request</source>
        <translation>salvare la richiesta di pagamento</translation>
    </message>
    <message>
        <source>Repair order %1</source>
        <translation>Ordine di riparazione %1</translation>
    </message>
    <message>
        <source>%1: Hello %2, here is your secure link to pay %3 for RO %4: %5</source>
        <translation>%1: Buongiorno %2, ecco il link sicuro per pagare %3 per l'ordine di riparazione %4: %5</translation>
    </message>
    <message>
        <source>Your payment link from %1</source>
        <translation>Il tuo link di pagamento da %1</translation>
    </message>
    <message>
        <source>Hello %1,

Here is your secure link to pay %2 for repair order %3:
%4

Thank you,
%5</source>
        <translation>Buongiorno %1,

ecco il link sicuro per pagare %2 per l'ordine di riparazione %3:
%4

Grazie,
%5</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello %1,&lt;/p&gt;&lt;p&gt;Here is your secure link to pay &lt;b&gt;%2&lt;/b&gt; for repair order %3:&lt;/p&gt;&lt;p&gt;&lt;a href="%4"&gt;Pay %2 now&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Thank you,&lt;br&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Buongiorno %1,&lt;/p&gt;&lt;p&gt;ecco il link sicuro per pagare &lt;b&gt;%2&lt;/b&gt; per l'ordine di riparazione %3:&lt;/p&gt;&lt;p&gt;&lt;a href="%4"&gt;Paga ora %2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Grazie,&lt;br&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The payment link was created but could not be delivered: %1 Use Resend when it is fixed.</source>
        <translation>Il link di pagamento è stato creato ma non è stato possibile consegnarlo: %1 Usa Invia di nuovo quando il problema è risolto.</translation>
    </message>
    <message>
        <source>You can only change your own payment requests.</source>
        <translation>Puoi modificare solo le tue richieste di pagamento.</translation>
    </message>
    <message>
        <source>This request is %1 and cannot be sent again.</source>
        <translation>Questa richiesta è nello stato «%1» e non può essere inviata di nuovo.</translation>
    </message>
    <message>
        <source>This request is already %1.</source>
        <translation>Questa richiesta è già nello stato «%1».</translation>
    </message>
    <message>
        <source>The customer has already paid this request.</source>
        <translation>Il cliente ha già pagato questa richiesta.</translation>
    </message>
    <message>
        <source>The text message could not be delivered to this number.</source>
        <translation>Non è stato possibile consegnare l'SMS a questo numero.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnata</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Visualizzata</translation>
    </message>
    <message>
        <source>Challenged</source>
        <translation>Autenticazione richiesta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagata</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Send the request by text message, by e-mail, or both.</source>
        <translation>Invia la richiesta via SMS, via e-mail o in entrambi i modi.</translation>
    </message>
    <message>
        <source>The amount must be at least %1.</source>
        <translation>L'importo deve essere almeno %1.</translation>
    </message>
    <message>
        <source>A payment request is limited to %1. Split larger amounts into several requests.</source>
        <translation>Una richiesta di pagamento è limitata a %1. Suddividi gli importi maggiori in più richieste.</translation>
    </message>
    <message>
        <source>Repair order or invoice number</source>
        <translation>Numero dell'ordine di riparazione o della fattura</translation>
    </message>
    <message>
        <source>Only credit and debit cards are accepted.</source>
        <translation>Sono accettate solo carte di credito e di debito.</translation>
    </message>
    <message>
        <source>read the payment request</source>
        <translation>leggere la richiesta di pagamento</translation>
    </message>
    <message>
        <source>This payment request no longer exists.</source>
        <translation>Questa richiesta di pagamento non esiste più.</translation>
    </message>
    <message>
        <source>read the payment requests</source>
        <translation>leggere le richieste di pagamento</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The payment link may not have been created: %1 Press Send again: the same request is finished and the customer gets one link.</source>
        <translation>Il link di pagamento potrebbe non essere stato creato: %1 Prema di nuovo «Invia richiesta»: verrà completata la stessa richiesta e il cliente riceverà un solo link.</translation>
    </message>
</context>
<context>
    <name>PaymentState</name>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Rimborsato in parte</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Rimborsato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commissione</translation>
    </message>
    <message>
        <source>You keep</source>
        <translation>Le resta</translation>
    </message>
    <message>
        <source>What the customer paid.</source>
        <translation>Quanto ha pagato il cliente.</translation>
    </message>
    <message>
        <source>The processing fee of the payment. It is not returned when the payment is refunded.</source>
        <translation>La commissione di elaborazione del pagamento. Non viene restituita se il pagamento viene rimborsato.</translation>
    </message>
    <message>
        <source>What has been given back to the customer so far.</source>
        <translation>Quanto è stato restituito finora al cliente.</translation>
    </message>
    <message>
        <source>What the dealership keeps: the amount, less the fee, less what was refunded.</source>
        <translation>Quanto resta alla concessionaria: l'importo, meno la commissione, meno quanto è stato rimborsato.</translation>
    </message>
</context>
<context>
    <name>PaymentsText</name>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
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
        <translation>leggere i versamenti</translation>
    </message>
</context>
<context>
    <name>PayoutMailJob</name>
    <message>
        <source>Payout e-mails</source>
        <translation>E-mail dei bonifici</translation>
    </message>
    <message>
        <source>Sending the payout e-mails…</source>
        <translation>Invio delle e-mail dei bonifici…</translation>
    </message>
    <message numerus="yes">
        <source>%n payout e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail di bonifico inviata.</numerusform>
            <numerusform>%n e-mail di bonifico inviate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be sent and will be tried again: %1</source>
        <translation>
            <numerusform>%n e-mail non è stata inviata; l'invio verrà ripetuto: %1</numerusform>
            <numerusform>%n e-mail non sono state inviate; l'invio verrà ripetuto: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutNotifier</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: the payout e-mails wait until an Admin enters the mail server.</source>
        <translation>L'e-mail non è ancora configurata: le e-mail dei bonifici restano in attesa finché un amministratore non inserisce il server di posta.</translation>
    </message>
    <message>
        <source>The payout %1 is no longer in the outbox.</source>
        <translation>Il bonifico %1 non è più nella posta in uscita.</translation>
    </message>
</context>
<context>
    <name>PayoutRepository</name>
    <message>
        <source>read the payout e-mail recipients</source>
        <translation>leggere i destinatari delle e-mail dei bonifici</translation>
    </message>
    <message>
        <source>read the payout e-mails</source>
        <translation>leggere le e-mail dei bonifici</translation>
    </message>
    <message>
        <source>save the payout e-mails</source>
        <translation>salvare le e-mail dei bonifici</translation>
    </message>
    <message>
        <source>save the payout e-mail recipients</source>
        <translation>salvare i destinatari delle e-mail dei bonifici</translation>
    </message>
    <message>
        <source>read the sync position</source>
        <translation>leggere la posizione di sincronizzazione</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>salvare la posizione di sincronizzazione</translation>
    </message>
</context>
<context>
    <name>PayoutService</name>
    <message>
        <source>The payout could not be read from the payments server: %1</source>
        <translation>Impossibile leggere il versamento dal server dei pagamenti: %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transito</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commissione</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Live payments</source>
        <translation>Pagamenti reali</translation>
    </message>
    <message>
        <source>Enter the secret API key of your payments platform (it is kept in %1):</source>
        <translation>Inserisci la chiave API segreta della tua piattaforma di pagamento (viene conservata in %1):</translation>
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
        <translation>Apertura di DealerPay…</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Preparazione della demo…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Avvio dell'ambiente di test…</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>The day %1 is closed: it can no longer be changed. An Admin can reopen it, with a reason.</source>
        <translation>La giornata %1 è chiusa: non può più essere modificata. Un amministratore può riaprirla indicando un motivo.</translation>
    </message>
    <message>
        <source>RO number and amount</source>
        <translation>Numero OR e importo</translation>
    </message>
    <message>
        <source>Amount and time</source>
        <translation>Importo e ora</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Payout and bank deposit</source>
        <translation>Versamento e accredito bancario</translation>
    </message>
    <message>
        <source>Matched by hand</source>
        <translation>Abbinato manualmente</translation>
    </message>
    <message>
        <source>This day was changed on another workstation; here is its current state.</source>
        <translation>Questa giornata è stata modificata su un'altra postazione; ecco il suo stato attuale.</translation>
    </message>
    <message>
        <source>Say at least which columns hold the date and the amount.</source>
        <translation>Indicare almeno quali colonne contengono la data e l'importo.</translation>
    </message>
    <message>
        <source>save the DMS lines</source>
        <translation>salvare le righe del DMS</translation>
    </message>
    <message>
        <source>the transaction failed</source>
        <translation>la transazione non è riuscita</translation>
    </message>
    <message>
        <source>save the bank deposits</source>
        <translation>salvare gli accrediti bancari</translation>
    </message>
    <message>
        <source>Choose the day to close.</source>
        <translation>Scegliere la giornata da chiudere.</translation>
    </message>
    <message>
        <source>This day is already closed.</source>
        <translation>Questa giornata è già chiusa.</translation>
    </message>
    <message>
        <source>close the day</source>
        <translation>chiudere la giornata</translation>
    </message>
    <message>
        <source>Say why the day is reopened.</source>
        <translation>Indicare il motivo della riapertura della giornata.</translation>
    </message>
    <message>
        <source>This day is not closed.</source>
        <translation>Questa giornata non è chiusa.</translation>
    </message>
    <message>
        <source>reopen the day</source>
        <translation>riaprire la giornata</translation>
    </message>
    <message>
        <source>The journal could not be written to %1: %2</source>
        <translation>Impossibile scrivere il registro in %1: %2</translation>
    </message>
    <message>
        <source>Choose the day to reconcile.</source>
        <translation>Scegliere la giornata da riconciliare.</translation>
    </message>
    <message>
        <source>save the matches</source>
        <translation>salvare gli abbinamenti</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Scegliere la giornata.</translation>
    </message>
    <message>
        <source>Choose what to match on both sides: a DMS line and a payment, or a payout and a bank deposit.</source>
        <translation>Scegliere cosa abbinare su entrambi i lati: una riga del DMS e un pagamento, oppure un versamento e un accredito bancario.</translation>
    </message>
    <message>
        <source>Say why these go together: a note is required.</source>
        <translation>Indicare perché vanno abbinati: la nota è obbligatoria.</translation>
    </message>
    <message>
        <source>Some of these are matched already (on this or another workstation): unmatch them first.</source>
        <translation>Alcuni di questi elementi sono già abbinati (su questa o su un'altra postazione): annullarne prima l'abbinamento.</translation>
    </message>
    <message>
        <source>save the match</source>
        <translation>salvare l'abbinamento</translation>
    </message>
    <message>
        <source>Say why the match is undone: a note is required.</source>
        <translation>Indicare perché l'abbinamento viene annullato: la nota è obbligatoria.</translation>
    </message>
    <message>
        <source>undo the match</source>
        <translation>annullare l'abbinamento</translation>
    </message>
</context>
<context>
    <name>ReconciliationRepository</name>
    <message>
        <source>read the reconciliation of the day</source>
        <translation>leggere la riconciliazione della giornata</translation>
    </message>
    <message>
        <source>save the reconciliation of the day</source>
        <translation>salvare la riconciliazione della giornata</translation>
    </message>
    <message>
        <source>save the match</source>
        <translation>salvare l'abbinamento</translation>
    </message>
    <message>
        <source>undo the match</source>
        <translation>annullare l'abbinamento</translation>
    </message>
</context>
<context>
    <name>ReconciliationRows</name>
    <message>
        <source>RO %1: the DMS says %2, the card payments total %3 (difference %4).</source>
        <translation>OR %1: il DMS indica %2, i pagamenti con carta ammontano a %3 (differenza %4).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>Numero OR</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Pagato con</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Abbinato da</translation>
    </message>
    <message>
        <source>DMS</source>
        <translation>DMS</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Pagamenti con carta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versamento</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Accredito bancario</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Accreditato</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Line %1 of the DMS file</source>
        <translation>Riga %1 del file DMS</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Riferimento: %1</translation>
    </message>
    <message>
        <source>No RO number and no card payment of this amount at this time.</source>
        <translation>Nessun numero OR e nessun pagamento con carta di questo importo a quest'ora.</translation>
    </message>
    <message>
        <source>No card payment carries RO %1 on this day.</source>
        <translation>Nessun pagamento con carta riporta l'OR %1 in questa giornata.</translation>
    </message>
    <message>
        <source>No DMS line of this amount at this time.</source>
        <translation>Nessuna riga del DMS di questo importo a quest'ora.</translation>
    </message>
    <message>
        <source>No DMS line carries RO %1 on this day.</source>
        <translation>Nessuna riga del DMS riporta l'OR %1 in questa giornata.</translation>
    </message>
    <message>
        <source>A refund with no negative DMS line of its amount.</source>
        <translation>Un rimborso senza una riga negativa del DMS dello stesso importo.</translation>
    </message>
    <message>
        <source>Matched by %1: %2</source>
        <translation>Abbinato da %1: %2</translation>
    </message>
    <message>
        <source>No bank deposit</source>
        <translation>Nessun accredito bancario</translation>
    </message>
    <message>
        <source>No deposit of %1 on the bank statement within 2 business days of %2.</source>
        <translation>Nessun accredito di %1 sull'estratto conto entro 2 giornate lavorative dal %2.</translation>
    </message>
    <message>
        <source>No payout</source>
        <translation>Nessun versamento</translation>
    </message>
    <message>
        <source>No payout of %1 arrived within 2 business days of %2 (%3).</source>
        <translation>Nessun versamento di %1 arrivato entro 2 giornate lavorative dal %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n payments)</source>
        <translation>
            <numerusform>%1 (%n pagamento)</numerusform>
            <numerusform>%1 (%n pagamenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) · %1</source>
        <translation>
            <numerusform>%n riga · %1</numerusform>
            <numerusform>%n righe · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundEligibility</name>
    <message>
        <source>Only an Admin or a Manager of a payment-taking team can refund.</source>
        <translation>Solo un amministratore o un responsabile di un team che incassa i pagamenti può effettuare rimborsi.</translation>
    </message>
    <message>
        <source>This payment failed: no money was taken, so there is nothing to refund.</source>
        <translation>Questo pagamento non è riuscito: non è stato incassato denaro, quindi non c'è nulla da rimborsare.</translation>
    </message>
    <message>
        <source>This payment has not gone through yet. It can be refunded once it has.</source>
        <translation>Questo pagamento non è ancora andato a buon fine. Potrà essere rimborsato quando sarà completato.</translation>
    </message>
    <message>
        <source>This payment has already been refunded in full.</source>
        <translation>Questo pagamento è già stato rimborsato per intero.</translation>
    </message>
</context>
<context>
    <name>RefundRecoveryJob</name>
    <message>
        <source>Refund recovery</source>
        <translation>Recupero dei rimborsi</translation>
    </message>
    <message>
        <source>Checking the refunds whose outcome is unknown…</source>
        <translation>Verifica dei rimborsi con esito sconosciuto…</translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) with an unknown outcome settled.</source>
        <translation>
            <numerusform>%n rimborso con esito sconosciuto risolto.</numerusform>
            <numerusform>%n rimborsi con esito sconosciuto risolti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefundRepository</name>
    <message>
        <source>read the refunds</source>
        <translation>leggere i rimborsi</translation>
    </message>
    <message>
        <source>save the refund</source>
        <translation>salvare il rimborso</translation>
    </message>
    <message>
        <source>Another refund of this payment is being made. Wait for it to finish, then look at the payment again.</source>
        <translation>È in corso un altro rimborso di questo pagamento. Attenda che sia terminato, poi ricontrolli il pagamento.</translation>
    </message>
</context>
<context>
    <name>RefundService</name>
    <message>
        <source>Duplicate payment</source>
        <translation>Pagamento duplicato</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Pagamento fraudolento</translation>
    </message>
    <message>
        <source>Requested by the customer</source>
        <translation>Richiesto dal cliente</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Azione richiesta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Choose why the payment is refunded.</source>
        <translation>Scegli il motivo del rimborso.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Inserisci un importo maggiore di zero.</translation>
    </message>
    <message>
        <source>At most %1 can still be refunded on this payment.</source>
        <translation>Su questo pagamento si possono ancora rimborsare al massimo %1.</translation>
    </message>
    <message>
        <source>This refund was not prepared. Start it again.</source>
        <translation>Questo rimborso non è stato preparato. Ricomincia.</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking. The refund of %1 on this payment is checked with the payments server before another refund can be made.</source>
        <translation>Esito del rimborso sconosciuto — verifica in corso. Prima di poter effettuare un altro rimborso, il rimborso di %1 su questo pagamento viene verificato con il server dei pagamenti.</translation>
    </message>
    <message>
        <source>Refund outcome unknown: the payments server could not be asked (%1). Nothing was sent again; try again in a moment.</source>
        <translation>Esito del rimborso sconosciuto: impossibile interrogare il server dei pagamenti (%1). Non è stato inviato di nuovo nulla; riprovi tra poco.</translation>
    </message>
    <message>
        <source>The payments server never received this refund.</source>
        <translation>Il server dei pagamenti non ha mai ricevuto questo rimborso.</translation>
    </message>
    <message>
        <source>This refund was not sent: the payments server never received it. You can start a new refund.</source>
        <translation>Questo rimborso non è stato inviato: il server dei pagamenti non l'ha mai ricevuto. Può avviare un nuovo rimborso.</translation>
    </message>
    <message>
        <source>This refund was replaced by a newer one and was not sent. Start it again.</source>
        <translation>Questo rimborso è stato sostituito da uno più recente e non è stato inviato. Ricominci.</translation>
    </message>
    <message>
        <source>Refund outcome unknown — %1 The payments server is asked whether the refund was made before anything is sent again.</source>
        <translation>Esito del rimborso sconosciuto — %1 Prima di inviare di nuovo qualsiasi cosa, viene chiesto al server dei pagamenti se il rimborso è stato effettuato.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Il report è stato annullato.</translation>
    </message>
    <message>
        <source>The payments server could not run the report: %1</source>
        <translation>Il server dei pagamenti non è riuscito a generare il report: %1</translation>
    </message>
    <message>
        <source>Itemized payouts</source>
        <translation>Versamenti dettagliati</translation>
    </message>
    <message>
        <source>Balance change from activity (itemized)</source>
        <translation>Variazione del saldo dovuta alle operazioni (dettagliata)</translation>
    </message>
    <message>
        <source>Balance summary</source>
        <translation>Riepilogo del saldo</translation>
    </message>
    <message>
        <source>One line per payout that arrived in the period, with its amount, status and bank account.</source>
        <translation>Una riga per ogni versamento arrivato nel periodo, con importo, stato e conto bancario.</translation>
    </message>
    <message>
        <source>One line per payment, refund, fee and adjustment of the period, with the payout that paid it.</source>
        <translation>Una riga per ogni pagamento, rimborso, commissione e rettifica del periodo, con il versamento che li ha liquidati.</translation>
    </message>
    <message>
        <source>The starting balance, the activity, the payouts and the ending balance of the period.</source>
        <translation>Il saldo iniziale, le operazioni, i versamenti e il saldo finale del periodo.</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Scegliere un report.</translation>
    </message>
    <message>
        <source>Choose a rooftop with a connected payments account.</source>
        <translation>Scegliere una sede con un conto pagamenti collegato.</translation>
    </message>
    <message>
        <source>Enter the first day of the report.</source>
        <translation>Inserire il primo giorno del report.</translation>
    </message>
    <message>
        <source>Enter the last day of the report.</source>
        <translation>Inserire l'ultimo giorno del report.</translation>
    </message>
    <message>
        <source>The last day must not be before the first day.</source>
        <translation>L'ultimo giorno non può precedere il primo giorno.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Scegliere un fuso orario dall'elenco.</translation>
    </message>
    <message>
        <source>The column "%1" is not one of this report's.</source>
        <translation>La colonna "%1" non fa parte di questo report.</translation>
    </message>
    <message>
        <source>The payments server has no data for these days yet.</source>
        <translation>Il server dei pagamenti non ha ancora dati per questi giorni.</translation>
    </message>
    <message>
        <source>The payments server did not finish the report in time.</source>
        <translation>Il server dei pagamenti non ha completato il report in tempo.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Impossibile salvare il report in %1: %2</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>La sessione è terminata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this. Ask an Admin of your organization.</source>
        <translation>Il tuo ruolo (%1) non lo consente. Rivolgiti a un amministratore della tua organizzazione.</translation>
    </message>
</context>
<context>
    <name>RooftopRepository</name>
    <message>
        <source>read the rooftops</source>
        <translation>leggere le concessionarie</translation>
    </message>
    <message>
        <source>save the rooftop</source>
        <translation>salvare la concessionaria</translation>
    </message>
    <message>
        <source>save the account status</source>
        <translation>salvare lo stato dell'account</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>salvare la posizione di sincronizzazione</translation>
    </message>
    <message>
        <source>read the settings</source>
        <translation>leggere le impostazioni</translation>
    </message>
    <message>
        <source>save the settings</source>
        <translation>salvare le impostazioni</translation>
    </message>
    <message>
        <source>save the events read</source>
        <translation>salvare gli eventi letti</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Il portachiavi di sistema non ha risposto.</translation>
    </message>
    <message>
        <source>The system keychain refused the request: %1</source>
        <translation>Il portachiavi di sistema ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <source>The secret could not be encrypted.</source>
        <translation>Impossibile cifrare il dato segreto.</translation>
    </message>
    <message>
        <source>The secret could not be saved in %1: %2</source>
        <translation>Impossibile salvare il dato segreto in %1: %2</translation>
    </message>
    <message>
        <source>The secret could not be read: %1</source>
        <translation>Impossibile leggere il dato segreto: %1</translation>
    </message>
    <message>
        <source>The secret could not be decrypted: the key file does not match or the file is damaged. Enter the secret again.</source>
        <translation>Impossibile decifrare il dato segreto: il file della chiave non corrisponde o il file è danneggiato. Inserisci di nuovo il dato segreto.</translation>
    </message>
    <message>
        <source>The secret could not be removed: %1</source>
        <translation>Impossibile eliminare il dato segreto: %1</translation>
    </message>
    <message>
        <source>A secret needs a name.</source>
        <translation>Un dato segreto deve avere un nome.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The secrets key could not be created in %1.</source>
        <translation>Impossibile creare la chiave dei dati segreti in %1.</translation>
    </message>
    <message>
        <source>The secrets key %1 could not be read: %2</source>
        <translation>Impossibile leggere la chiave dei dati segreti %1: %2</translation>
    </message>
    <message>
        <source>The secrets key %1 is damaged.</source>
        <translation>La chiave dei dati segreti %1 è danneggiata.</translation>
    </message>
</context>
<context>
    <name>SmsClient</name>
    <message>
        <source>Text messages are not set up yet: an Admin must enter the SMS account.</source>
        <translation>Gli SMS non sono ancora configurati: un amministratore deve inserire l'account SMS.</translation>
    </message>
    <message>
        <source>The text message service cannot be reached. Try again in a moment.</source>
        <translation>Il servizio SMS non è raggiungibile. Riprova tra poco.</translation>
    </message>
    <message>
        <source>The text message service refused the account details.</source>
        <translation>Il servizio SMS ha rifiutato i dati dell'account.</translation>
    </message>
    <message>
        <source>The text message was refused: %1</source>
        <translation>L'SMS è stato rifiutato: %1</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>There is nobody to send this e-mail to.</source>
        <translation>Questa e-mail non ha destinatari.</translation>
    </message>
    <message>
        <source>The e-mail could not be prepared.</source>
        <translation>Impossibile preparare l'e-mail.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Il server di posta ha rifiutato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (%1). Check the mail server settings.</source>
        <translation>Impossibile inviare l'e-mail (%1). Controlla le impostazioni del server di posta.</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: an Admin must enter the mail server (Manage tab, Mail server…).</source>
        <translation>L’e-mail non è ancora configurata: un amministratore deve inserire il server di posta (scheda Gestisci, Server di posta…).</translation>
    </message>
</context>
<context>
    <name>StaffMail</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 alle %2</translation>
    </message>
    <message>
        <source>%1 (teams: %2)</source>
        <translation>%1 (team: %2)</translation>
    </message>
    <message>
        <source>%1 via DealerPay</source>
        <translation>%1 tramite DealerPay</translation>
    </message>
    <message>
        <source>%1 · sent by DealerPay</source>
        <translation>%1 · inviato da DealerPay</translation>
    </message>
    <message>
        <source>%1 invited you to DealerPay at %2 as %3. Open %4 or enter the code %5 in DealerPay. It works once and expires on %6.</source>
        <translation>%1 ti ha invitato su DealerPay presso %2 come %3. Apri %4 o inserisci il codice %5 in DealerPay. Vale una sola volta e scade il %6.</translation>
    </message>
    <message>
        <source>%1 invited you to DealerPay</source>
        <translation>%1 ti ha invitato su DealerPay</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Ciao %1,</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 on DealerPay as %3.</source>
        <translation>%1 ti ha invitato a unirti a %2 su DealerPay come %3.</translation>
    </message>
    <message>
        <source>To register, open this link on the computer where DealerPay is installed:</source>
        <translation>Per registrarti, apri questo link sul computer su cui è installato DealerPay:</translation>
    </message>
    <message>
        <source>Or start DealerPay, choose "I have an invitation code" and enter this code:</source>
        <translation>Oppure avvia DealerPay, scegli «Ho un codice di invito» e inserisci questo codice:</translation>
    </message>
    <message>
        <source>The invitation works once and expires on %1.</source>
        <translation>L'invito vale una sola volta e scade il %1.</translation>
    </message>
    <message>
        <source>If you did not expect this e-mail, you can ignore it.</source>
        <translation>Se non aspettavi questa e-mail, puoi ignorarla.</translation>
    </message>
    <message>
        <source>Register in DealerPay</source>
        <translation>Registrati in DealerPay</translation>
    </message>
    <message>
        <source>Payout of %1 for %2 — arrives %3</source>
        <translation>Bonifico di %1 per %2 — accredito il %3</translation>
    </message>
    <message>
        <source>The payout of %1 for %2 has been paid to its bank account.</source>
        <translation>Il bonifico di %1 per %2 è stato accreditato sul suo conto bancario.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importo: %1</translation>
    </message>
    <message>
        <source>Arrival date: %1</source>
        <translation>Data di accredito: %1</translation>
    </message>
    <message>
        <source>Payments in this payout: %1</source>
        <translation>Pagamenti in questo bonifico: %1</translation>
    </message>
    <message>
        <source>Payout reference: %1</source>
        <translation>Riferimento del bonifico: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Data di accredito</translation>
    </message>
    <message>
        <source>Payments in this payout</source>
        <translation>Pagamenti in questo bonifico</translation>
    </message>
    <message>
        <source>Payout reference</source>
        <translation>Riferimento del bonifico</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Choose a role: Consultant, Manager or Admin.</source>
        <translation>Scegli un ruolo: Consulente, Responsabile o Amministratore.</translation>
    </message>
    <message>
        <source>One of the chosen teams no longer exists.</source>
        <translation>Uno dei team scelti non esiste più.</translation>
    </message>
    <message>
        <source>Someone with this e-mail address is already on the staff.</source>
        <translation>Una persona con questo indirizzo e-mail fa già parte del personale.</translation>
    </message>
    <message>
        <source>An invitation to this address is already pending: resend it from the list.</source>
        <translation>Un invito a questo indirizzo è già in attesa: invialo di nuovo dall'elenco.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Questo invito non esiste più.</translation>
    </message>
    <message>
        <source>save the invitation</source>
        <translation>salvare l'invito</translation>
    </message>
    <message>
        <source>This invitation was %1: it cannot be sent again. Send a new invitation instead.</source>
        <translation>Questo invito è nello stato «%1»: non può essere inviato di nuovo. Invia invece un nuovo invito.</translation>
    </message>
    <message>
        <source>This invitation was changed meanwhile. Look at the list again.</source>
        <translation>Questo invito è stato modificato nel frattempo. Ricontrolla l'elenco.</translation>
    </message>
    <message>
        <source>%1 has already registered. Deactivate the user instead.</source>
        <translation>L'account di %1 esiste già. Disattiva invece l'utente.</translation>
    </message>
    <message>
        <source>This invitation has already been used. Sign in with your e-mail and password.</source>
        <translation>Questo invito è già stato usato. Accedi con la tua e-mail e la tua password.</translation>
    </message>
    <message>
        <source>This invitation has expired. Ask %1 to send it again.</source>
        <translation>Questo invito è scaduto. Chiedi a %1 di inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>This invitation was withdrawn. Ask an Admin of your organization for a new one.</source>
        <translation>Questo invito è stato ritirato. Chiedine uno nuovo a un amministratore della tua organizzazione.</translation>
    </message>
    <message>
        <source>An invitation code has 24 letters and digits, like 7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y.</source>
        <translation>Un codice di invito ha 24 lettere e cifre, ad es. 7K3M-Q9XD-2HPA-0RWN-5EVB-TC1Y.</translation>
    </message>
    <message>
        <source>This invitation code is not valid. Check it, or use the newest invitation you received.</source>
        <translation>Questo codice di invito non è valido. Controllalo o usa l'invito più recente che hai ricevuto.</translation>
    </message>
    <message>
        <source>A user with the e-mail %1 already exists. Sign in instead.</source>
        <translation>Esiste già un utente con l'e-mail %1. Accedi invece.</translation>
    </message>
    <message>
        <source>create your user</source>
        <translation>creare il tuo account</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Questo utente non esiste più.</translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another Admin.</source>
        <translation>Non puoi cambiare il tuo ruolo. Rivolgiti a un altro amministratore.</translation>
    </message>
    <message>
        <source>%1 is the last Admin: make someone else Admin first.</source>
        <translation>%1 è l'ultimo amministratore: prima nomina amministratore qualcun altro.</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>cambiare il ruolo</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Non puoi disattivare il tuo account.</translation>
    </message>
    <message>
        <source>%1 is the last Admin and cannot be deactivated.</source>
        <translation>%1 è l'ultimo amministratore e non può essere disattivato.</translation>
    </message>
    <message>
        <source>change the user</source>
        <translation>modificare l'utente</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>La sessione è terminata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La password attuale non è corretta.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Scegli una password diversa da quella attuale.</translation>
    </message>
    <message>
        <source>This team no longer exists.</source>
        <translation>Questo team non esiste più.</translation>
    </message>
    <message>
        <source>The team name</source>
        <translation>Nome del team</translation>
    </message>
    <message>
        <source>A team name has at most %1 characters.</source>
        <translation>Un nome di team ha al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>There is already a team with this name.</source>
        <translation>Esiste già un team con questo nome.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot receive payout e-mails.</source>
        <translation>L'account di %1 è disattivato e non può ricevere le e-mail dei bonifici.</translation>
    </message>
    <message>
        <source>save the payout e-mail recipients</source>
        <translation>salvare i destinatari delle e-mail dei bonifici</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local database could not %1. (%2)</source>
        <translation>Database locale: impossibile %1. (%2)</translation>
    </message>
    <message>
        <source>be opened</source>
        <translation>aprirlo</translation>
    </message>
    <message>
        <source>be updated to this version</source>
        <translation>aggiornarlo a questa versione</translation>
    </message>
    <message>
        <source>count the payments</source>
        <translation>contare i pagamenti</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>leggere i pagamenti</translation>
    </message>
    <message>
        <source>save the payment</source>
        <translation>salvare il pagamento</translation>
    </message>
    <message>
        <source>This payment is not in the local store. Refresh and try again.</source>
        <translation>Questo pagamento non è nell'archivio locale. Aggiorni e riprovi.</translation>
    </message>
    <message>
        <source>read the refunds</source>
        <translation>leggere i rimborsi</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Payments sync</source>
        <translation>Sincronizzazione dei pagamenti</translation>
    </message>
    <message>
        <source>Syncing %1 — %2 (%3)</source>
        <translation>Sincronizzazione di %1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n payment(s), %1 refund(s), %2 payout(s) and %3 change(s).</source>
        <translation>
            <numerusform>Sincronizzato %n pagamento; rimborsi: %1, bonifici: %2, modifiche: %3.</numerusform>
            <numerusform>Sincronizzati %n pagamenti; rimborsi: %1, bonifici: %2, modifiche: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>read the rooftops</source>
        <translation>leggere le concessionarie</translation>
    </message>
    <message>
        <source>read the sync position</source>
        <translation>leggere la posizione di sincronizzazione</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>salvare la posizione di sincronizzazione</translation>
    </message>
    <message>
        <source>save the events already applied</source>
        <translation>salvare gli eventi già applicati</translation>
    </message>
    <message>
        <source>save the payouts</source>
        <translation>salvare i bonifici</translation>
    </message>
    <message>
        <source>read the events already applied</source>
        <translation>leggere gli eventi già applicati</translation>
    </message>
    <message>
        <source>read the payments</source>
        <translation>leggere i pagamenti</translation>
    </message>
    <message>
        <source>save the synced data</source>
        <translation>salvare i dati sincronizzati</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sync was stopped.</source>
        <translation>La sincronizzazione è stata interrotta.</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifiche recenti</translation>
    </message>
    <message>
        <source>save the synced data</source>
        <translation>salvare i dati sincronizzati</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versamenti</translation>
    </message>
</context>
<context>
    <name>SystemActor</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>read the teams</source>
        <translation>leggere i team</translation>
    </message>
    <message>
        <source>read the team</source>
        <translation>leggere il team</translation>
    </message>
    <message>
        <source>read the team members</source>
        <translation>leggere i membri del team</translation>
    </message>
    <message>
        <source>create the team</source>
        <translation>creare il team</translation>
    </message>
    <message>
        <source>rename the team</source>
        <translation>rinominare il team</translation>
    </message>
    <message>
        <source>change the team</source>
        <translation>modificare il team</translation>
    </message>
    <message>
        <source>add the team member</source>
        <translation>aggiungere il membro del team</translation>
    </message>
    <message>
        <source>remove the team member</source>
        <translation>rimuovere il membro del team</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>read the organization</source>
        <translation>leggere l'organizzazione</translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation>salvare l'organizzazione</translation>
    </message>
    <message>
        <source>save the user</source>
        <translation>salvare l'utente</translation>
    </message>
    <message>
        <source>read the users</source>
        <translation>leggere gli utenti</translation>
    </message>
    <message>
        <source>read the user</source>
        <translation>leggere l'utente</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>cambiare il ruolo</translation>
    </message>
    <message>
        <source>change the user</source>
        <translation>modificare l'utente</translation>
    </message>
    <message>
        <source>save the failed log-ins</source>
        <translation>salvare i tentativi di accesso non riusciti</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>salvare la password</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>cambiare la password</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message numerus="yes">
        <source>Too many failed attempts. This account is locked for %n more minute(s).</source>
        <translation>
            <numerusform>Troppi tentativi non riusciti. Questo account resta bloccato ancora per %n minuto.</numerusform>
            <numerusform>Troppi tentativi non riusciti. Questo account resta bloccato ancora per %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation>Nome dell'organizzazione</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>This DealerPay already belongs to an organization. Sign in instead.</source>
        <translation>Questo DealerPay appartiene già a un'organizzazione. Accedi invece.</translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation>salvare l'organizzazione</translation>
    </message>
    <message>
        <source>create the demo data</source>
        <translation>creare i dati dimostrativi</translation>
    </message>
    <message>
        <source>The e-mail or password is not right.</source>
        <translation>L'e-mail o la password non sono corrette.</translation>
    </message>
    <message>
        <source>This user has been deactivated. Ask an Admin of your organization.</source>
        <translation>Questo utente è stato disattivato. Rivolgiti a un amministratore della tua organizzazione.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>La password non è corretta.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. This account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Troppi tentativi non riusciti. Questo account è bloccato per %n minuto.</numerusform>
            <numerusform>Troppi tentativi non riusciti. Questo account è bloccato per %n minuti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A routing number has 9 digits.</source>
        <translation>Un numero di routing ha 9 cifre.</translation>
    </message>
    <message>
        <source>This routing number is not valid: check the digits.</source>
        <translation>Questo numero di routing non è valido: controlla le cifre.</translation>
    </message>
    <message>
        <source>An EIN has 9 digits, written like 12-3456789.</source>
        <translation>Un EIN ha 9 cifre, nel formato 12-3456789.</translation>
    </message>
    <message>
        <source>This EIN is not valid: the IRS never issues numbers starting with these two digits. Check the first digits.</source>
        <translation>Questo EIN non è valido: l'IRS non rilascia mai numeri che iniziano con queste due cifre. Controlla le prime cifre.</translation>
    </message>
    <message>
        <source>A business number (BN) has 9 digits.</source>
        <translation>Un numero d'impresa (BN) ha 9 cifre.</translation>
    </message>
    <message>
        <source>A Québec enterprise number (NEQ) has 10 digits.</source>
        <translation>Un numero d'impresa del Québec (NEQ) ha 10 cifre.</translation>
    </message>
    <message>
        <source>A transit number has 5 digits.</source>
        <translation>Un numero di transito ha 5 cifre.</translation>
    </message>
    <message>
        <source>An institution number has 3 digits.</source>
        <translation>Un numero di istituto ha 3 cifre.</translation>
    </message>
    <message>
        <source>A Canadian account number has 7 to 12 digits.</source>
        <translation>Un numero di conto canadese ha da 7 a 12 cifre.</translation>
    </message>
    <message>
        <source>An account number has 4 to 17 digits.</source>
        <translation>Un numero di conto ha da 4 a 17 cifre.</translation>
    </message>
    <message>
        <source>A statement descriptor has at least 5 characters.</source>
        <translation>Un descrittore dell'estratto conto ha almeno 5 caratteri.</translation>
    </message>
    <message>
        <source>A statement descriptor has at most 22 characters.</source>
        <translation>Un descrittore dell'estratto conto ha al massimo 22 caratteri.</translation>
    </message>
    <message>
        <source>A statement descriptor cannot contain any of &lt; &gt; \ ' " *.</source>
        <translation>Un descrittore dell'estratto conto non può contenere nessuno di questi caratteri: &lt; &gt; \ ' " *.</translation>
    </message>
    <message>
        <source>A statement descriptor uses Latin letters, digits and common punctuation only.</source>
        <translation>Un descrittore dell'estratto conto usa solo lettere latine, cifre e punteggiatura comune.</translation>
    </message>
    <message>
        <source>A statement descriptor needs at least one letter.</source>
        <translation>Un descrittore dell'estratto conto deve contenere almeno una lettera.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Inserisci un indirizzo e-mail come nome@example.com.</translation>
    </message>
    <message>
        <source>Enter the phone number in international form: + then the country code and number, 8 to 15 digits (like +15145550100).</source>
        <translation>Inserisci il numero di telefono in formato internazionale: + seguito dal prefisso del paese e dal numero, da 8 a 15 cifre (ad es. +390212345678).</translation>
    </message>
    <message>
        <source>A password has at least 10 characters, with at least one letter and one digit.</source>
        <translation>Una password ha almeno 10 caratteri, con almeno una lettera e una cifra.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Campo obbligatorio: %1.</translation>
    </message>
    <message>
        <source>A Canadian tax id is a 9-digit business number (BN) or a 10-digit Québec enterprise number (NEQ).</source>
        <translation>Un numero fiscale canadese è un numero d'impresa (BN) di 9 cifre o un numero d'impresa del Québec (NEQ) di 10 cifre.</translation>
    </message>
    <message>
        <source>The tax id</source>
        <translation>Numero fiscale</translation>
    </message>
    <message>
        <source>Enter the phone number with its area code, like (514) 555-0142, or + and the country code for a number abroad.</source>
        <translation>Inserisca il numero di telefono con il prefisso, ad es. (514) 555-0142, oppure + e il prefisso internazionale per un numero estero.</translation>
    </message>
</context>
<context>
    <name>dp::app::Startup</name>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Avvio dell'ambiente di test…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Impossibile avviare l'ambiente di test: %1</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Preparazione della demo…</translation>
    </message>
</context>
<context>
    <name>dp::app::cli</name>
    <message>
        <source>PostgreSQL stores are not supported yet: pass the path of a SQLite file to --db.</source>
        <translation>Gli archivi PostgreSQL non sono ancora supportati: indichi in --db il percorso di un file SQLite.</translation>
    </message>
    <message>
        <source>There is no store at %1: give the SQLite file of DealerPay to --db.</source>
        <translation>Non esiste alcun archivio in %1: indicare a --db il file SQLite di DealerPay.</translation>
    </message>
</context>
<context>
    <name>dp::ui::AcceptInvitePage</name>
    <message>
        <source>Check code</source>
        <translation>Verifica codice</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Scegli la tua password</translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation>Crea il mio account</translation>
    </message>
    <message>
        <source>Join your team on DealerPay.</source>
        <translation>Unisciti al tuo team su DealerPay.</translation>
    </message>
    <message>
        <source>Your invitation</source>
        <translation>Il tuo invito</translation>
    </message>
    <message>
        <source>Enter the code from the text message or e-mail you received. Letters may be typed in lower case; hyphens are optional.</source>
        <translation>Inserisci il codice ricevuto via SMS o e-mail. Puoi digitare le lettere in minuscolo; i trattini sono facoltativi.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Conferma password:</translation>
    </message>
    <message>
        <source>At least 10 characters, with a letter and a digit.</source>
        <translation>Almeno 10 caratteri, con una lettera e una cifra.</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>Torna all'accesso</translation>
    </message>
    <message>
        <source>Welcome, &lt;b&gt;%1&lt;/b&gt;. %2 invited you to join &lt;b&gt;%3&lt;/b&gt; as %4. You will sign in with &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Ti diamo il benvenuto, &lt;b&gt;%1&lt;/b&gt;. %2 ti invita a unirti a &lt;b&gt;%3&lt;/b&gt; come %4. Accederai con &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This invitation expires on %1.</source>
        <translation>Questo invito scade il %1.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
</context>
<context>
    <name>dp::ui::AccountingRequestDialog</name>
    <message>
        <source>Ask accounting for details</source>
        <translation>Chiedi i dati alla contabilità</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Messaggio:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Open in e-mail app</source>
        <translation>Apri nell'app di posta</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail to your accounting department.</source>
        <translation>Copiato. Incollalo in un'e-mail al tuo reparto contabilità.</translation>
    </message>
    <message>
        <source>Connecting payments needs a few details that your accounting department usually has. Send them this request, then come back to Connect.</source>
        <translation>Per connettere i pagamenti servono alcuni dati che di solito ha il tuo reparto contabilità. Invia questa richiesta, poi torna qui e fai clic su Connetti.</translation>
    </message>
</context>
<context>
    <name>dp::ui::AddRooftopDialog</name>
    <message>
        <source>Add rooftop</source>
        <translation>Aggiungi concessionaria</translation>
    </message>
    <message>
        <source>e.g. Main Street Motors — Downtown</source>
        <translation>ad es. Main Street Motors — Centro</translation>
    </message>
    <message>
        <source>Rooftop name:</source>
        <translation>Nome della concessionaria:</translation>
    </message>
    <message>
        <source>A rooftop is one store of your organization. Each rooftop connects its own payments account and bank account.</source>
        <translation>Una concessionaria è un punto vendita della tua organizzazione. Ogni concessionaria connette il proprio account di pagamento e il proprio conto bancario.</translation>
    </message>
</context>
<context>
    <name>dp::ui::AllowedCountriesDialog</name>
    <message>
        <source>Allowed countries</source>
        <translation>Paesi consentiti</translation>
    </message>
    <message>
        <source>Payments can be offered to businesses registered in these countries. A rooftop chooses its country when it connects.</source>
        <translation>I pagamenti possono essere offerti alle aziende registrate in questi paesi. Una concessionaria sceglie il proprio paese quando si connette.</translation>
    </message>
</context>
<context>
    <name>dp::ui::BadLinesDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 could not be read, so nothing of the file was imported. Correct them in the file (or in the DMS) and import it again.</source>
        <translation>
            <numerusform>%n riga di %1 non è stata letta, quindi non è stato importato nulla del file. Correggerla nel file (o nel DMS) e importarlo di nuovo.</numerusform>
            <numerusform>%n righe di %1 non sono state lette, quindi non è stato importato nulla del file. Correggerle nel file (o nel DMS) e importarlo di nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Motivo per cui non è stata letta</translation>
    </message>
</context>
<context>
    <name>dp::ui::BillingPage</name>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Your DealerPay subscription in one place: the plan of each rooftop, the monthly invoices with their PDF, and the card or bank account they are charged to.</source>
        <translation>L'abbonamento DealerPay in un unico posto: il piano di ogni concessionaria, le fatture mensili con il relativo PDF e la carta o il conto bancario su cui vengono addebitate.</translation>
    </message>
</context>
<context>
    <name>dp::ui::BusinessDetailsPage</name>
    <message>
        <source>Business</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Paese:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Provincia:</translation>
    </message>
    <message>
        <source>Business type:</source>
        <translation>Tipo di attività:</translation>
    </message>
    <message>
        <source>Company (corporation, LLC, partnership)</source>
        <translation>Società (di capitali, LLC, di persone)</translation>
    </message>
    <message>
        <source>Sole proprietorship</source>
        <translation>Ditta individuale</translation>
    </message>
    <message>
        <source>Non-profit organization</source>
        <translation>Organizzazione non profit</translation>
    </message>
    <message>
        <source>Legal business name:</source>
        <translation>Ragione sociale:</translation>
    </message>
    <message>
        <source>Business e-mail:</source>
        <translation>E-mail aziendale:</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>Numero fiscale:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Settore di attività:</translation>
    </message>
    <message>
        <source>Car and truck dealers — new and used (5511)</source>
        <translation>Concessionari di auto e camion — nuovi e usati (5511)</translation>
    </message>
    <message>
        <source>Used car dealers (5521)</source>
        <translation>Rivenditori di auto usate (5521)</translation>
    </message>
    <message>
        <source>What you sell:</source>
        <translation>Cosa vendi:</translation>
    </message>
    <message>
        <source>e.g. New and used vehicles, service and parts</source>
        <translation>ad es. Veicoli nuovi e usati, assistenza e ricambi</translation>
    </message>
    <message>
        <source>Bank account for payouts (optional)</source>
        <translation>Conto bancario per i bonifici (facoltativo)</translation>
    </message>
    <message>
        <source>Leave empty to enter it on Stripe's page instead.</source>
        <translation>Lascia vuoto per inserirlo invece sulla pagina di Stripe.</translation>
    </message>
    <message>
        <source>Routing number:</source>
        <translation>Numero di routing:</translation>
    </message>
    <message>
        <source>Transit number:</source>
        <translation>Numero di transito:</translation>
    </message>
    <message>
        <source>Institution number:</source>
        <translation>Numero di istituto:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Numero di conto:</translation>
    </message>
    <message>
        <source>Employer Identification Number (EIN):</source>
        <translation>Numero di identificazione del datore di lavoro (EIN):</translation>
    </message>
    <message>
        <source>Québec enterprise number (NEQ):</source>
        <translation>Numero d'impresa del Québec (NEQ):</translation>
    </message>
    <message>
        <source>Business Number (BN):</source>
        <translation>Numero d'impresa (BN):</translation>
    </message>
    <message>
        <source>Rooftop name customers see:</source>
        <translation>Nome della concessionaria visto dai clienti:</translation>
    </message>
</context>
<context>
    <name>dp::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Password attuale:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nuova password:</translation>
    </message>
    <message>
        <source>Confirm new password:</source>
        <translation>Conferma nuova password:</translation>
    </message>
    <message>
        <source>At least 10 characters, with a letter and a digit.</source>
        <translation>Almeno 10 caratteri, con una lettera e una cifra.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modifica in corso…</translation>
    </message>
</context>
<context>
    <name>dp::ui::ChecklistPage</name>
    <message>
        <source>DealerPay creates a payments account for this rooftop with Stripe, our payments partner. Stripe's secure page will ask for the following — gather it with your accounting department before you start:</source>
        <translation>DealerPay crea un account di pagamento per questa concessionaria con Stripe, il nostro partner per i pagamenti. La pagina sicura di Stripe ti chiederà quanto segue — raccogli questi dati con il tuo reparto contabilità prima di iniziare:</translation>
    </message>
    <message>
        <source>The billing address of the business</source>
        <translation>L'indirizzo di fatturazione dell'azienda</translation>
    </message>
    <message>
        <source>The ownership structure (who owns 25% or more of the business)</source>
        <translation>La struttura proprietaria (chi possiede il 25% o più dell'azienda)</translation>
    </message>
    <message>
        <source>The tax id: EIN in the United States, BN in Canada, NEQ in Québec</source>
        <translation>Il numero fiscale: EIN negli Stati Uniti, BN in Canada, NEQ in Québec</translation>
    </message>
    <message>
        <source>The industry and a short description of what you sell</source>
        <translation>Il settore di attività e una breve descrizione di cosa vendi</translation>
    </message>
    <message>
        <source>Your personal details as the representative (name, date of birth, home address)</source>
        <translation>I tuoi dati personali come rappresentante (nome, data di nascita, indirizzo di residenza)</translation>
    </message>
    <message>
        <source>The bank account that receives payouts — United States: routing and account number; Canada: transit, institution and account number</source>
        <translation>Il conto bancario che riceve i bonifici — Stati Uniti: numero di routing e numero di conto; Canada: numero di transito, numero di istituto e numero di conto</translation>
    </message>
    <message>
        <source>You will need</source>
        <translation>Cosa ti serve</translation>
    </message>
    <message>
        <source>Only a person authorized to sign on behalf of %1 may connect payments.</source>
        <translation>Solo una persona autorizzata a firmare per conto di %1 può connettere i pagamenti.</translation>
    </message>
    <message>
        <source>Missing something? Send your accounting department a ready-made request.</source>
        <translation>Manca qualcosa? Invia al tuo reparto contabilità una richiesta già pronta.</translation>
    </message>
    <message>
        <source>Ask accounting for details…</source>
        <translation>Chiedi i dati alla contabilità…</translation>
    </message>
</context>
<context>
    <name>dp::ui::ColumnMappingDialog</name>
    <message>
        <source>The first line names the columns</source>
        <translation>La prima riga contiene i nomi delle colonne</translation>
    </message>
    <message>
        <source>Columns of the DMS export</source>
        <translation>Colonne dell'esportazione del DMS</translation>
    </message>
    <message>
        <source>DealerPay does not recognize the columns of %1. Say which column holds what; the choice is remembered for the next exports of this DMS.</source>
        <translation>DealerPay non riconosce le colonne di %1. Indicare cosa contiene ciascuna colonna; la scelta verrà ricordata per le prossime esportazioni di questo DMS.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonna %1</translation>
    </message>
    <message>
        <source>Date (required)</source>
        <translation>Data (obbligatoria)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>RO or invoice number</source>
        <translation>Numero OR o di fattura</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Amount (required)</source>
        <translation>Importo (obbligatorio)</translation>
    </message>
    <message>
        <source>Payment type</source>
        <translation>Tipo di pagamento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recognize it</source>
        <translation>Riconosci automaticamente</translation>
    </message>
    <message>
        <source>Year, month, day (2026-03-31)</source>
        <translation>Anno, mese, giorno (2026-03-31)</translation>
    </message>
    <message>
        <source>Month, day, year (03/31/2026)</source>
        <translation>Mese, giorno, anno (03/31/2026)</translation>
    </message>
    <message>
        <source>Day, month, year (31/03/2026)</source>
        <translation>Giorno, mese, anno (31/03/2026)</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>Formato delle date</translation>
    </message>
    <message>
        <source>e.g. Dealer Business System</source>
        <translation>ad esempio Dealer Business System</translation>
    </message>
    <message>
        <source>Name of the DMS</source>
        <translation>Nome del DMS</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Scegliere la colonna che contiene la data.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation>Scegliere la colonna che contiene l'importo.</translation>
    </message>
</context>
<context>
    <name>dp::ui::ComingSoonPage</name>
    <message>
        <source>Coming in the next release</source>
        <translation>Disponibile nella prossima versione</translation>
    </message>
</context>
<context>
    <name>dp::ui::ConnectDialog</name>
    <message>
        <source>Connect %1 to payments</source>
        <translation>Connetti %1 ai pagamenti</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>When you click Connect, DealerPay creates the payments account for &lt;b&gt;%1&lt;/b&gt; and opens Stripe's secure onboarding page in your browser.</source>
        <translation>Quando fai clic su Connetti, DealerPay crea l'account di pagamento per &lt;b&gt;%1&lt;/b&gt; e apre nel browser la pagina sicura di registrazione di Stripe.</translation>
    </message>
    <message>
        <source>I am authorized to sign on behalf of %1</source>
        <translation>Ho il potere di firmare per conto di %1</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>La tua password:</translation>
    </message>
    <message>
        <source>For your security, enter your password again to confirm that you are the one connecting payments.</source>
        <translation>Per sicurezza, inserisci di nuovo la password per confermare che sei tu a connettere i pagamenti.</translation>
    </message>
    <message>
        <source>Finish in your browser — this window updates by itself when Stripe confirms.</source>
        <translation>Completa la procedura nel browser — questa finestra si aggiorna da sola alla conferma di Stripe.</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Riapri la pagina</translation>
    </message>
    <message>
        <source>You can close this window; the status in the Connections box changes to Connected once Stripe has verified the account.</source>
        <translation>Puoi chiudere questa finestra; lo stato nella casella Connessioni diventerà Connesso quando Stripe avrà verificato l'account.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Dati dell'azienda</translation>
    </message>
    <message>
        <source>Confirm and connect</source>
        <translation>Conferma e connetti</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Quasi fatto</translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation>Passaggio %1 di 3 — %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>dp::ui::ConnectionsBox</name>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>No rooftop yet</source>
        <translation>Ancora nessuna concessionaria</translation>
    </message>
    <message>
        <source>Add rooftop…</source>
        <translation>Aggiungi concessionaria…</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Concessionaria:</translation>
    </message>
    <message>
        <source>Allowed countries…</source>
        <translation>Paesi consentiti…</translation>
    </message>
    <message>
        <source>Ask accounting for details…</source>
        <translation>Chiedi i dati alla contabilità…</translation>
    </message>
    <message>
        <source>Receive payments</source>
        <translation>Ricevi pagamenti</translation>
    </message>
    <message>
        <source>Take card payments from your customers by text message. Payouts go to the rooftop's bank account.</source>
        <translation>Ricevi pagamenti con carta dai tuoi clienti tramite SMS. I bonifici arrivano sul conto bancario della concessionaria.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <source>Payouts and statement</source>
        <translation>Bonifici ed estratto conto</translation>
    </message>
    <message>
        <source>Payout schedule:</source>
        <translation>Pianificazione dei bonifici:</translation>
    </message>
    <message>
        <source>Statement descriptor:</source>
        <translation>Descrittore dell'estratto conto:</translation>
    </message>
    <message>
        <source>Edit payout settings…</source>
        <translation>Modifica impostazioni dei bonifici…</translation>
    </message>
    <message>
        <source>Open Express dashboard</source>
        <translation>Apri la dashboard Express</translation>
    </message>
    <message>
        <source>Show bank and tax details…</source>
        <translation>Mostra dati bancari e fiscali…</translation>
    </message>
    <message>
        <source>Payments offered to businesses in: %1</source>
        <translation>Pagamenti offerti alle aziende di questi paesi: %1</translation>
    </message>
    <message>
        <source>Continue onboarding</source>
        <translation>Continua la registrazione</translation>
    </message>
    <message>
        <source>Add your first rooftop to connect it to payments.</source>
        <translation>Aggiungi la tua prima concessionaria per connetterla ai pagamenti.</translation>
    </message>
    <message>
        <source>No payments account yet.</source>
        <translation>Ancora nessun account di pagamento.</translation>
    </message>
    <message>
        <source>Payments account %1</source>
        <translation>Account di pagamento %1</translation>
    </message>
    <message>
        <source>Stripe has paused this account until the following is provided:</source>
        <translation>Stripe ha sospeso questo account finché non verranno forniti i seguenti dati:</translation>
    </message>
    <message>
        <source>Still needed to finish onboarding:</source>
        <translation>Ancora necessario per completare la registrazione:</translation>
    </message>
    <message>
        <source>Nothing more is due; Stripe is reviewing the details.</source>
        <translation>Non serve altro; Stripe sta verificando i dati.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>Could not refresh the status: %1</source>
        <translation>Impossibile aggiornare lo stato: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>Finish in your browser — this window updates by itself when Stripe confirms.</source>
        <translation>Completa la procedura nel browser — questa finestra si aggiorna da sola alla conferma di Stripe.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <source>Express dashboard</source>
        <translation>Dashboard Express</translation>
    </message>
    <message>
        <source>Bank and tax numbers are sensitive. Enter your password again to see them.</source>
        <translation>I numeri bancari e fiscali sono dati sensibili. Inserisci di nuovo la password per vederli.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Bank and tax details</source>
        <translation>Dati bancari e fiscali</translation>
    </message>
</context>
<context>
    <name>dp::ui::ConnectionsPage</name>
    <message>
        <source>Connect each rooftop to payments, then choose when payouts reach your bank and how the charge appears on your customers' statements.</source>
        <translation>Connetta ogni concessionaria ai pagamenti, poi scelga quando i bonifici arrivano in banca e come l'addebito compare negli estratti conto dei clienti.</translation>
    </message>
</context>
<context>
    <name>dp::ui::FinancingPage</name>
    <message>
        <source>Financing</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <source>Capital for your rooftops: the financing offers each one qualifies for, based on its card payments, and the progress of each advance as a share of daily payments repays it.</source>
        <translation>Capitale per le concessionarie: le offerte di finanziamento per cui ciascuna è idonea in base ai pagamenti con carta e l'avanzamento di ogni anticipo, restituito con una quota dei pagamenti giornalieri.</translation>
    </message>
</context>
<context>
    <name>dp::ui::FirstRunPage</name>
    <message>
        <source>Create organization</source>
        <translation>Crea organizzazione</translation>
    </message>
    <message>
        <source>Welcome! Let's set up DealerPay for your dealership.</source>
        <translation>Ti diamo il benvenuto! Configuriamo DealerPay per la tua concessionaria.</translation>
    </message>
    <message>
        <source>Create your organization and the administrator account you will sign in with. You can invite accounting staff and service managers afterwards.</source>
        <translation>Crea la tua organizzazione e l'account amministratore con cui accederai. In seguito potrai invitare il personale della contabilità e i responsabili dell'assistenza.</translation>
    </message>
    <message>
        <source>Your organization</source>
        <translation>La tua organizzazione</translation>
    </message>
    <message>
        <source>Organization name:</source>
        <translation>Nome dell'organizzazione:</translation>
    </message>
    <message>
        <source>e.g. Main Street Motors</source>
        <translation>ad es. Main Street Motors</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Account amministratore</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Il tuo nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Conferma password:</translation>
    </message>
    <message>
        <source>At least 10 characters, with a letter and a digit.</source>
        <translation>Almeno 10 caratteri, con una lettera e una cifra.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>Ho un codice di invito</translation>
    </message>
</context>
<context>
    <name>dp::ui::InvitationsBox</name>
    <message>
        <source>Invitations</source>
        <translation>Inviti</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Inviato a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Invited by %1 on %2</source>
        <translation>Invito inviato da %1 il %2</translation>
    </message>
    <message>
        <source>Text not sent: %1</source>
        <translation>SMS non inviato: %1</translation>
    </message>
    <message>
        <source>E-mail not sent: %1</source>
        <translation>E-mail non inviata: %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Accettato il %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>A new invitation went to %1 by text and e-mail. The previous code no longer works.</source>
        <translation>Un nuovo invito è stato inviato a %1 via SMS ed e-mail. Il codice precedente non è più valido.</translation>
    </message>
    <message>
        <source>Not every message went out (see the list). %1 can also enter this code in DealerPay: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Alcuni messaggi non sono stati inviati (vedi l'elenco). %1 può anche inserire questo codice in DealerPay: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Revoca invito</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? The link and code they received will stop working.</source>
        <translation>Revocare l'invito di %1? Il link e il codice ricevuti smetteranno di funzionare.</translation>
    </message>
    <message>
        <source>The invitation of %1 is revoked.</source>
        <translation>L'invito di %1 è stato revocato.</translation>
    </message>
</context>
<context>
    <name>dp::ui::InviteBox</name>
    <message>
        <source>Invite consultant</source>
        <translation>Invita consulente</translation>
    </message>
    <message>
        <source>e.g. Marco Alvarez</source>
        <translation>ad es. Marco Alvarez</translation>
    </message>
    <message>
        <source>name@dealership.com</source>
        <translation>nome@concessionaria.it</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Invia invito</translation>
    </message>
    <message>
        <source>The new staff member receives a text and an e-mail with a link to register and choose a password. The invitation works once and expires after 7 days.</source>
        <translation>Il nuovo dipendente riceve un SMS e un'e-mail con un link per registrarsi e scegliere una password. L'invito vale una sola volta e scade dopo 7 giorni.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Cellulare:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>%1 (takes payments)</source>
        <translation>%1 (incassa i pagamenti)</translation>
    </message>
    <message>
        <source>No team yet: create one under Teams.</source>
        <translation>Ancora nessun team: creane uno in Team.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Invitation sent to %1 by text and e-mail.</source>
        <translation>Invito inviato a %1 via SMS ed e-mail.</translation>
    </message>
    <message>
        <source>The text message was not sent: %1</source>
        <translation>L'SMS non è stato inviato: %1</translation>
    </message>
    <message>
        <source>The e-mail was not sent: %1</source>
        <translation>L'e-mail non è stata inviata: %1</translation>
    </message>
    <message>
        <source>The invitation for %1 is saved.</source>
        <translation>L'invito per %1 è stato salvato.</translation>
    </message>
    <message>
        <source>You can resend it from the list, or give %1 this code to enter in DealerPay: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Puoi inviarlo di nuovo dall'elenco o dare a %1 questo codice da inserire in DealerPay: &lt;b&gt;%2&lt;/b&gt;</translation>
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
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Prova la demo</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Accedi per continuare.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Accedi a %1.</translation>
    </message>
    <message>
        <source>Sign in as %1 (%2)</source>
        <translation>Accedi come %1 (%2)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso…</translation>
    </message>
    <message>
        <source>This store holds demo data. Sign in as one of the sample staff members to see what each role can do (password for every demo user: %1).</source>
        <translation>Questo archivio contiene dati dimostrativi. Accedi come uno dei dipendenti di esempio per vedere cosa può fare ogni ruolo (password di tutti gli utenti demo: %1).</translation>
    </message>
    <message>
        <source>I have an invitation code</source>
        <translation>Ho un codice di invito</translation>
    </message>
</context>
<context>
    <name>dp::ui::MailServerDialog</name>
    <message>
        <source>Send test e-mail</source>
        <translation>Invia e-mail di prova</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Server di posta</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(invariata)</translation>
    </message>
    <message>
        <source>payments@your-dealership.com</source>
        <translation>pagamenti@tua-concessionaria.it</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Indirizzo del mittente:</translation>
    </message>
    <message>
        <source>DealerPay uses STARTTLS when the server offers it, and requires it before sending a password over the network. The password is kept in %1.</source>
        <translation>DealerPay usa STARTTLS quando il server lo offre e lo richiede prima di inviare una password in rete. La password è conservata in %1.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>A test e-mail went to %1.</source>
        <translation>È stata inviata un'e-mail di prova a %1.</translation>
    </message>
</context>
<context>
    <name>dp::ui::MainWindow</name>
    <message>
        <source>Sandbox — test data, no real money moves</source>
        <translation>Ambiente di test — dati di prova, nessun movimento di denaro reale</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Modalità reale</translation>
    </message>
    <message>
        <source>DealerPay — %1</source>
        <translation>DealerPay — %1</translation>
    </message>
    <message>
        <source>Last refreshed %1</source>
        <translation>Ultimo aggiornamento: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Esc&amp;i</translation>
    </message>
    <message>
        <source>&amp;About DealerPay</source>
        <translation>&amp;Informazioni su DealerPay</translation>
    </message>
    <message>
        <source>Preparing the demo…</source>
        <translation>Preparazione della demo…</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>About DealerPay</source>
        <translation>Informazioni su DealerPay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerPay %1&lt;/h3&gt;&lt;p&gt;Payments for dealerships: text-to-pay links, the payments of every rooftop, refunds and payouts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerPay %1&lt;/h3&gt;&lt;p&gt;Pagamenti per concessionarie: link di pagamento via SMS, i pagamenti di ogni concessionaria, rimborsi e bonifici.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dp::ui::ManageTab</name>
    <message>
        <source>Mail server…</source>
        <translation>Server di posta…</translation>
    </message>
    <message>
        <source>E-mail is not set up: invitations go by text message only, and payout e-mails wait. Enter your mail server to send them.</source>
        <translation>L'e-mail non è configurata: gli inviti vengono inviati solo via SMS e le e-mail dei bonifici restano in attesa. Inserisci il tuo server di posta per inviarle.</translation>
    </message>
    <message>
        <source>E-mail goes out through %1 (port %2) from %3.</source>
        <translation>Le e-mail vengono inviate tramite %1 (porta %2) da %3.</translation>
    </message>
</context>
<context>
    <name>dp::ui::Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys; it opens as the selection moves.</source>
        <translation>Scelga una pagina con i tasti freccia; la pagina si apre man mano che si sposta la selezione.</translation>
    </message>
    <message>
        <source>%1 area</source>
        <translation>Area %1</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsModel</name>
    <message>
        <source>Unknown rooftop</source>
        <translation>Concessionaria sconosciuta</translation>
    </message>
    <message>
        <source>Paid out in %1</source>
        <translation>Accreditato con il bonifico %1</translation>
    </message>
    <message>
        <source>Not paid out yet</source>
        <translation>Non ancora accreditato</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>N. ordine di riparazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Concessionaria</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Bonifico</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking</source>
        <translation>Esito del rimborso sconosciuto — verifica in corso</translation>
    </message>
    <message>
        <source>A refund of this payment was sent but its answer was lost. DealerPay asks the payments server what happened before anything is sent again; open Refund… to check now.</source>
        <translation>Un rimborso di questo pagamento è stato inviato, ma la risposta è andata persa. DealerPay chiede al server dei pagamenti che cosa è successo prima di inviare di nuovo qualsiasi cosa; apra Rimborsa… per verificare ora.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsSync</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this sync; the next one continues where it stopped.</source>
        <translation>Interrompi questa sincronizzazione; la prossima riprenderà da dove si è fermata.</translation>
    </message>
    <message>
        <source>Syncing payments…</source>
        <translation>Sincronizzazione dei pagamenti…</translation>
    </message>
    <message>
        <source>Payments synced at %1</source>
        <translation>Pagamenti sincronizzati alle %1</translation>
    </message>
    <message>
        <source>Sync stopped at %1</source>
        <translation>Sincronizzazione interrotta alle %1</translation>
    </message>
    <message>
        <source>Sync failed at %1</source>
        <translation>Sincronizzazione non riuscita alle %1</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Interruzione della sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsTab</name>
    <message>
        <source>Request payment…</source>
        <translation>Richiedi pagamento…</translation>
    </message>
    <message>
        <source>Text a secure payment link to a customer.</source>
        <translation>Invia via SMS un link di pagamento sicuro a un cliente.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Fetch the latest payments, refunds and request states now. This also happens every minute.</source>
        <translation>Recupera ora gli ultimi pagamenti, rimborsi e stati delle richieste. Avviene anche automaticamente ogni minuto.</translation>
    </message>
    <message>
        <source>Payment link for %1 sent to %2 (%3). Its state follows here as the customer opens and pays it.</source>
        <translation>Link di pagamento di %1 inviato a %2 (%3). Il suo stato si aggiorna qui man mano che il cliente lo apre e paga.</translation>
    </message>
    <message>
        <source>Refund of %1 sent: %2.</source>
        <translation>Rimborso di %1 inviato: %2.</translation>
    </message>
</context>
<context>
    <name>dp::ui::PaymentsView</name>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tutti i team</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>Tutti i consulenti</translation>
    </message>
    <message>
        <source>All rooftops</source>
        <translation>Tutte le concessionarie</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Ricevuta…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rimborsa…</translation>
    </message>
    <message>
        <source>Search customer, RO number, consultant, e-mail, description…</source>
        <translation>Cerca cliente, n. ordine di riparazione, consulente, e-mail, descrizione…</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Intervallo…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <source>Refund all or part of the selected payment.</source>
        <translation>Rimborsa in tutto o in parte il pagamento selezionato.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Consulente:</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Concessionaria:</translation>
    </message>
    <message>
        <source>Unknown rooftop</source>
        <translation>Concessionaria sconosciuta</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 pagamento</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 pagamenti</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutDetailDialog</name>
    <message>
        <source>Reading the payout's contents…</source>
        <translation>Lettura del contenuto del versamento…</translation>
    </message>
    <message>
        <source>Payout of %1</source>
        <translation>Versamento del %1</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Data di arrivo:</translation>
    </message>
    <message>
        <source>Payout id:</source>
        <translation>ID versamento:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Processing fee of %1</source>
        <translation>Commissione di elaborazione di %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): each payment, refund, fee and adjustment this payout contains.</source>
        <translation>
            <numerusform>%n riga: ogni pagamento, rimborso, commissione e rettifica contenuti in questo versamento.</numerusform>
            <numerusform>%n righe: ogni pagamento, rimborso, commissione e rettifica contenuti in questo versamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s): %1</source>
        <translation>
            <numerusform>%n pagamento: %1</numerusform>
            <numerusform>%n pagamenti: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Rimborsi: %1</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Commissioni: %1</translation>
    </message>
    <message>
        <source>Adjustments: %1</source>
        <translation>Rettifiche: %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Altro: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totale: %1</translation>
    </message>
    <message>
        <source>Equals the payout amount of %1</source>
        <translation>Corrisponde all'importo del versamento di %1</translation>
    </message>
    <message>
        <source>Differs from the payout amount of %1 by %2</source>
        <translation>Differisce di %2 dall'importo del versamento di %1</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutRecipientsBox</name>
    <message>
        <source>Payout e-mails</source>
        <translation>E-mail dei bonifici</translation>
    </message>
    <message>
        <source>Save recipients</source>
        <translation>Salva destinatari</translation>
    </message>
    <message>
        <source>When a bank payout is paid, the people checked here receive one e-mail with its amount, arrival date and number of payments.</source>
        <translation>Quando un bonifico viene accreditato, le persone selezionate qui ricevono un'e-mail con importo, data di accredito e numero di pagamenti.</translation>
    </message>
    <message>
        <source>E-mail is not set up yet: the payout e-mails wait until an Admin enters the mail server.</source>
        <translation>L'e-mail non è ancora configurata: le e-mail dei bonifici restano in attesa finché un amministratore non inserisce il server di posta.</translation>
    </message>
    <message>
        <source>Nobody receives payout e-mails.</source>
        <translation>Nessuno riceve le e-mail dei bonifici.</translation>
    </message>
    <message>
        <source>Payout e-mails go to %1.</source>
        <translation>Le e-mail dei bonifici vengono inviate a %1.</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutSettingsDialog</name>
    <message>
        <source>Payout settings — %1</source>
        <translation>Impostazioni dei bonifici — %1</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Giornaliero</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Settimanale</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Payout schedule</source>
        <translation>Pianificazione dei bonifici</translation>
    </message>
    <message>
        <source>Pay out:</source>
        <translation>Frequenza dei bonifici:</translation>
    </message>
    <message>
        <source>Day of the week:</source>
        <translation>Giorno della settimana:</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>Giorno del mese:</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Attesa:</translation>
    </message>
    <message>
        <source>Each payment reaches your bank account after this many days.</source>
        <translation>Ogni pagamento arriva sul tuo conto bancario dopo questo numero di giorni.</translation>
    </message>
    <message>
        <source>Card statement</source>
        <translation>Estratto conto della carta</translation>
    </message>
    <message>
        <source>Statement descriptor:</source>
        <translation>Descrittore dell'estratto conto:</translation>
    </message>
    <message>
        <source>Customers see:</source>
        <translation>I clienti vedono:</translation>
    </message>
    <message>
        <source>5 to 22 characters, with at least one letter. Use the name your customers know, so they recognise the charge.</source>
        <translation>Da 5 a 22 caratteri, con almeno una lettera. Usa il nome che i tuoi clienti conoscono, così riconosceranno l'addebito.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>dp::ui::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Bonifici</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Show contents…</source>
        <translation>Mostra contenuto…</translation>
    </message>
    <message>
        <source>Every payout to your rooftops' bank accounts. Open one to see the payments, refunds and fees it contains.</source>
        <translation>Tutti i versamenti sui conti bancari delle tue sedi. Aprine uno per vedere i pagamenti, i rimborsi e le commissioni che contiene.</translation>
    </message>
    <message>
        <source>All rooftops</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Arriving from:</source>
        <translation>Arrivo dal:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>al:</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Data di arrivo</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>No payouts arrive in these days. Payouts appear here once the sync has read them.</source>
        <translation>Nessun versamento arriva in questi giorni. I versamenti compaiono qui dopo essere stati letti dalla sincronizzazione.</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s), %1 in all (failed payouts not counted).</source>
        <translation>
            <numerusform>%n versamento, %1 in totale (versamenti non riusciti esclusi).</numerusform>
            <numerusform>%n versamenti, %1 in totale (versamenti non riusciti esclusi).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::ui::ReauthDialog</name>
    <message>
        <source>Confirm it's you</source>
        <translation>Conferma la tua identità</translation>
    </message>
    <message>
        <source>Your password (%1):</source>
        <translation>La tua password (%1):</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
</context>
<context>
    <name>dp::ui::ReceiptView</name>
    <message>
        <source>Receipt</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Receipt #%1</source>
        <translation>Ricevuta n. %1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Pagato il %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Repair order / invoice</source>
        <translation>Ordine di riparazione / fattura</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Metodo di pagamento</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importo pagato</translation>
    </message>
    <message>
        <source>Refund on %1 — %2</source>
        <translation>Rimborso del %1 — %2</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Totale rimborsato</translation>
    </message>
    <message>
        <source>Total charged after refunds</source>
        <translation>Totale addebitato dopo i rimborsi</translation>
    </message>
    <message>
        <source>Payment reference %1</source>
        <translation>Riferimento del pagamento %1</translation>
    </message>
    <message>
        <source>Refunds reach the card in 5 to 10 business days.</source>
        <translation>I rimborsi arrivano sulla carta entro 5-10 giorni lavorativi.</translation>
    </message>
    <message>
        <source>Thank you for your business.</source>
        <translation>Grazie per averci scelto.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rimborsa…</translation>
    </message>
    <message>
        <source>This payment is not in the local store yet. Sync, then open the receipt again.</source>
        <translation>Questo pagamento non è ancora nell'archivio locale. Sincronizza, poi riapri la ricevuta.</translation>
    </message>
    <message>
        <source>Unknown rooftop</source>
        <translation>Concessionaria sconosciuta</translation>
    </message>
    <message>
        <source>Receipt — %1</source>
        <translation>Ricevuta — %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ricevuta %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Stampa ricevuta</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Salva ricevuta come PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Impossibile scrivere il PDF in %1.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Paid %1, fee %2, refunded %3: you keep %4.</source>
        <translation>Pagato %1, commissione %2, rimborsato %3: Le resta %4.</translation>
    </message>
</context>
<context>
    <name>dp::ui::ReconciliationPage</name>
    <message>
        <source>Reconciliation</source>
        <translation>Riconciliazione</translation>
    </message>
    <message>
        <source>Import the DMS cashier export</source>
        <translation>Importa l'esportazione di cassa del DMS</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import the bank statement</source>
        <translation>Importa l'estratto conto</translation>
    </message>
    <message>
        <source>Bank statements (*.csv *.ofx *.qfx);;All files (*)</source>
        <translation>Estratti conto (*.csv *.ofx *.qfx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>journal-%1.csv</source>
        <translation>journal-%1.csv</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Esporta il registro</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import DMS file</source>
        <translation>Importa file DMS</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Non è stato importato nulla da %1.</translation>
    </message>
    <message>
        <source>%1 was already imported: nothing was added.</source>
        <translation>%1 era già stato importato: non è stato aggiunto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%n DMS line(s) imported from %1.</source>
        <translation>
            <numerusform>%n riga del DMS importata da %1.</numerusform>
            <numerusform>%n righe del DMS importate da %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bank statement</source>
        <translation>Importa estratto conto</translation>
    </message>
    <message numerus="yes">
        <source>%n bank transaction(s) imported from %1.</source>
        <translation>
            <numerusform>%n transazione bancaria importata da %1.</numerusform>
            <numerusform>%n transazioni bancarie importate da %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match the DMS line %1 of %2 with %n card payment(s) of %3 in all.</source>
        <translation>
            <numerusform>Abbinare la riga del DMS %1 di %2 con %n pagamento con carta di %3 in totale.</numerusform>
            <numerusform>Abbinare la riga del DMS %1 di %2 con %n pagamenti con carta di %3 in totale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The difference of %1 stays on record with your note.</source>
        <translation>La differenza di %1 resta registrata insieme alla tua nota.</translation>
    </message>
    <message>
        <source>Match by hand</source>
        <translation>Abbina manualmente</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abbina</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Abbinamento in corso…</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>Annulla abbinamento</translation>
    </message>
    <message>
        <source>Undo the match of %1 (%2)? Its lines go back to the lists of what is not matched, and it is not made again automatically.</source>
        <translation>Annullare l'abbinamento di %1 (%2)? Le sue righe tornano negli elenchi degli elementi non abbinati e l'abbinamento non verrà rifatto automaticamente.</translation>
    </message>
    <message>
        <source>Unmatching…</source>
        <translation>Annullamento dell'abbinamento…</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>Chiudi giornata</translation>
    </message>
    <message>
        <source>Close %1? A closed day is read-only: nothing can be imported, matched or unmatched until an administrator reopens it.</source>
        <translation>Chiudere %1? Una giornata chiusa è di sola lettura: non è possibile importare, abbinare o annullare abbinamenti finché un amministratore non la riapre.</translation>
    </message>
    <message>
        <source>Closing the day…</source>
        <translation>Chiusura della giornata…</translation>
    </message>
    <message>
        <source>Reopen day</source>
        <translation>Riapri giornata</translation>
    </message>
    <message>
        <source>Reopen %1? Say why: the reason is kept in the audit log.</source>
        <translation>Riaprire %1? Indicare il motivo: verrà conservato nel registro di controllo.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Reopening the day…</source>
        <translation>Riapertura della giornata…</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Esportazione del registro…</translation>
    </message>
    <message>
        <source>The journal was saved to %1.</source>
        <translation>Il registro è stato salvato in %1.</translation>
    </message>
    <message>
        <source>All rooftops</source>
        <translation>Tutte le sedi</translation>
    </message>
    <message>
        <source>Import DMS file…</source>
        <translation>Importa file DMS…</translation>
    </message>
    <message>
        <source>Import bank statement…</source>
        <translation>Importa estratto conto…</translation>
    </message>
    <message>
        <source>Export journal…</source>
        <translation>Esporta registro…</translation>
    </message>
    <message>
        <source>Reopen day…</source>
        <translation>Riapri giornata…</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>Giornata lavorativa:</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Match…</source>
        <translation>Abbina…</translation>
    </message>
    <message>
        <source>Match the selected DMS line with the selected card payments, with a note.</source>
        <translation>Abbina la riga del DMS selezionata con i pagamenti con carta selezionati, con una nota.</translation>
    </message>
    <message>
        <source>DMS lines not matched</source>
        <translation>Righe del DMS non abbinate</translation>
    </message>
    <message>
        <source>Card payments and refunds not matched</source>
        <translation>Pagamenti e rimborsi con carta non abbinati</translation>
    </message>
    <message>
        <source>Lines in amber are on both sides with different amounts.</source>
        <translation>Le righe in giallo ambra sono presenti su entrambi i lati con importi diversi.</translation>
    </message>
    <message>
        <source>Unmatch…</source>
        <translation>Annulla abbinamento…</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abbinati</translation>
    </message>
    <message>
        <source>Payouts and bank deposits</source>
        <translation>Versamenti e accrediti bancari</translation>
    </message>
    <message>
        <source>Matching the day…</source>
        <translation>Abbinamento della giornata…</translation>
    </message>
    <message>
        <source>Every payout has its bank deposit.</source>
        <translation>Ogni versamento ha il suo accredito bancario.</translation>
    </message>
    <message numerus="yes">
        <source>%n payout(s) or deposit(s) not matched.</source>
        <translation>
            <numerusform>%n versamento o accredito non abbinato.</numerusform>
            <numerusform>%n versamenti o accrediti non abbinati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>Abbinati (%1)</translation>
    </message>
    <message>
        <source>Payouts and bank deposits (%1)</source>
        <translation>Versamenti e accrediti bancari (%1)</translation>
    </message>
    <message>
        <source>Closed by %1 on %2</source>
        <translation>Chiusa da %1 il %2</translation>
    </message>
    <message>
        <source>Reopened by %1: %2</source>
        <translation>Riaperta da %1: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>DMS %1 · card payments %2 · refunds %3 · fees %4 · differences %5</source>
        <translation>DMS %1 · pagamenti con carta %2 · rimborsi %3 · commissioni %4 · differenze %5</translation>
    </message>
</context>
<context>
    <name>dp::ui::RefundDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes back to %2's &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verrà riaccreditato sulla &lt;b&gt;%3&lt;/b&gt; di %2%4.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>This is a partial refund: %1 of the %2 payment stays paid.</source>
        <translation>Si tratta di un rimborso parziale: %1 del pagamento di %2 resta pagato.</translation>
    </message>
    <message>
        <source>This refunds the rest of the %1 payment (%2 was refunded before).</source>
        <translation>Così viene rimborsato il resto del pagamento di %1 (%2 era già stato rimborsato).</translation>
    </message>
    <message>
        <source>This refunds the whole payment.</source>
        <translation>Così viene rimborsato l'intero pagamento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the customer will see:&lt;/b&gt; a refund of %1 from %2 on their card statement, usually within 5 to 10 business days. The receipt lists the refund.</source>
        <translation>&lt;b&gt;Cosa vedrà il cliente:&lt;/b&gt; un rimborso di %1 (%2) sull'estratto conto della carta, di solito entro 5-10 giorni lavorativi. La ricevuta riporta il rimborso.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>A refund cannot be undone.</source>
        <translation>Un rimborso non può essere annullato.</translation>
    </message>
    <message>
        <source>Refund payment</source>
        <translation>Rimborsa pagamento</translation>
    </message>
    <message>
        <source>This payment is not in the local store. Sync and try again.</source>
        <translation>Questo pagamento non è nell'archivio locale. Sincronizza e riprova.</translation>
    </message>
    <message>
        <source>the dealership</source>
        <translation>la concessionaria</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>N. ordine di riparazione</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>Already refunded</source>
        <translation>Già rimborsato</translation>
    </message>
    <message>
        <source>Can be refunded</source>
        <translation>Rimborsabile</translation>
    </message>
    <message>
        <source>Amount to refund:</source>
        <translation>Importo da rimborsare:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continua…</translation>
    </message>
    <message>
        <source>Enter a smaller amount for a partial refund. You can refund the rest later.</source>
        <translation>Inserisci un importo inferiore per un rimborso parziale. Potrai rimborsare il resto in seguito.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborsa</translation>
    </message>
    <message>
        <source>Enter the amount in dollars and cents, like 125.00.</source>
        <translation>Inserisci l'importo con i centesimi, ad es. 125,00.</translation>
    </message>
    <message>
        <source>Refund %1 in full?</source>
        <translation>Rimborsare per intero %1?</translation>
    </message>
    <message>
        <source>Refund %1 of %2?</source>
        <translation>Rimborsare %1 su %2?</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Rimborsa %1</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Rimborso in corso…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source> (payment for %1)</source>
        <translation> (pagamento dell'ordine di riparazione %1)</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking whether the payments server made the refund of %1…</source>
        <translation>Esito del rimborso sconosciuto — verifica in corso per sapere se il server dei pagamenti ha effettuato il rimborso di %1…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>The refund of %1 was made. The customer gets it back once.</source>
        <translation>Il rimborso di %1 è stato effettuato. Il cliente lo riceverà una sola volta.</translation>
    </message>
    <message>
        <source>The earlier refund of %1 was not made: the payments server never received it. You can start a new refund.</source>
        <translation>Il rimborso precedente di %1 non è stato effettuato: il server dei pagamenti non l'ha mai ricevuto. Può avviare un nuovo rimborso.</translation>
    </message>
    <message>
        <source>Refund outcome unknown — the payments server has not made the refund of %1. Continue to send it again; it cannot be made twice.</source>
        <translation>Esito del rimborso sconosciuto — il server dei pagamenti non ha effettuato il rimborso di %1. Prema Continua per inviarlo di nuovo; non può essere effettuato due volte.</translation>
    </message>
    <message>
        <source>Send the refund of %1 again</source>
        <translation>Invia di nuovo il rimborso di %1</translation>
    </message>
    <message>
        <source>Refund outcome unknown — checking. Continue asks the payments server whether the refund of %1 was made before anything is sent again.</source>
        <translation>Esito del rimborso sconosciuto — verifica in corso. Con Continua viene chiesto al server dei pagamenti se il rimborso di %1 è stato effettuato, prima di inviare di nuovo qualsiasi cosa.</translation>
    </message>
</context>
<context>
    <name>dp::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Run report</source>
        <translation>Genera report</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Salva CSV…</translation>
    </message>
    <message>
        <source>Reports of the payments server for your accounting office, as CSV files: choose the report, the days and the columns, run it, then save it.</source>
        <translation>Report del server dei pagamenti per il tuo ufficio contabilità, in formato CSV: scegli il report, i giorni e le colonne, generalo e poi salvalo.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Giorni:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso orario:</translation>
    </message>
    <message>
        <source>Usual columns</source>
        <translation>Colonne abituali</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonne:</translation>
    </message>
    <message>
        <source>Check at least one column.</source>
        <translation>Selezionare almeno una colonna.</translation>
    </message>
    <message>
        <source>Asking the payments server for the report…</source>
        <translation>Richiesta del report al server dei pagamenti…</translation>
    </message>
    <message>
        <source>The payments server is preparing the report…</source>
        <translation>Il server dei pagamenti sta preparando il report…</translation>
    </message>
    <message>
        <source>Downloading the report…</source>
        <translation>Download del report…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Il report è stato annullato.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s). Save the CSV to keep it.</source>
        <translation>
            <numerusform>%n riga. Salva il CSV per conservarla.</numerusform>
            <numerusform>%n righe. Salva il CSV per conservarle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salva il report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
</context>
<context>
    <name>dp::ui::RequestDialog</name>
    <message>
        <source>First and last name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>RO-10452</source>
        <translation>OdR-10452</translation>
    </message>
    <message>
        <source>Brake pads and rotors (optional)</source>
        <translation>Pastiglie e dischi dei freni (facoltativo)</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>Richiedi pagamento</translation>
    </message>
    <message>
        <source>No rooftop takes payments yet</source>
        <translation>Nessuna concessionaria incassa ancora pagamenti</translation>
    </message>
    <message>
        <source>Credit or debit card</source>
        <translation>Carta di credito o di debito</translation>
    </message>
    <message>
        <source>Bank transfer (ACH)</source>
        <translation>Addebito su conto bancario (ACH)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Cellulare:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Send by:</source>
        <translation>Invia tramite:</translation>
    </message>
    <message>
        <source>Rooftop:</source>
        <translation>Concessionaria:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importo:</translation>
    </message>
    <message>
        <source>Pay with:</source>
        <translation>Paga con:</translation>
    </message>
    <message>
        <source>RO / invoice number:</source>
        <translation>N. ordine di riparazione / fattura:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Invia richiesta</translation>
    </message>
    <message>
        <source>The customer receives a secure link and pays by card on their phone. The link expires after 24 hours.</source>
        <translation>Il cliente riceve un link sicuro e paga con carta dal telefono. Il link scade dopo 24 ore.</translation>
    </message>
    <message>
        <source>&lt;span style="color: #6b6b6b"&gt;Card fee: 3.25 % + %1 per payment.&lt;/span&gt;</source>
        <translation>&lt;span style="color: #6b6b6b"&gt;Commissione carta: 3,25% + %1 per pagamento.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Card fee &lt;b&gt;%1&lt;/b&gt; · The rooftop receives &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Commissione carta &lt;b&gt;%1&lt;/b&gt; · La concessionaria riceve &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter the amount in dollars and cents, like 1,250.00.</source>
        <translation>Inserisci l'importo con i centesimi, ad es. 1.250,00.</translation>
    </message>
    <message>
        <source>No rooftop takes payments yet: an Admin must connect one first.</source>
        <translation>Nessuna concessionaria incassa ancora pagamenti: prima un amministratore deve connetterne una.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
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
        <translation>Il link scade il %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Mobile or e-mail</source>
        <translation>Cellulare o e-mail</translation>
    </message>
    <message>
        <source>RO number</source>
        <translation>N. ordine di riparazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation>Concessionaria</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulente</translation>
    </message>
</context>
<context>
    <name>dp::ui::RequestsView</name>
    <message>
        <source>Resend</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annulla richiesta</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Ricevuta…</translation>
    </message>
    <message>
        <source>Search customer, mobile, RO number…</source>
        <translation>Cerca cliente, cellulare, n. ordine di riparazione…</translation>
    </message>
    <message>
        <source>Send the same link again by text message or e-mail.</source>
        <translation>Invia di nuovo lo stesso link via SMS o e-mail.</translation>
    </message>
    <message>
        <source>Expire the link so that it can no longer be paid.</source>
        <translation>Fa scadere il link, così non può più essere usato per pagare.</translation>
    </message>
    <message>
        <source>Copy the payment link, to paste it in a chat or an e-mail.</source>
        <translation>Copia il link di pagamento per incollarlo in una chat o in un'e-mail.</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Link copiato: %1</translation>
    </message>
    <message>
        <source>No payment requests yet</source>
        <translation>Ancora nessuna richiesta di pagamento</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 richiesta</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 richieste</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>The payment link was sent again to %1.</source>
        <translation>Il link di pagamento è stato inviato di nuovo a %1.</translation>
    </message>
    <message>
        <source>Cancel the request of %1 to %2 for RO %3? The link stops working at once.</source>
        <translation>Annullare la richiesta di %1 a %2 per l'ordine di riparazione %3? Il link smetterà subito di funzionare.</translation>
    </message>
    <message>
        <source>Cancel payment request</source>
        <translation>Annulla richiesta di pagamento</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>The request was canceled; its link no longer works.</source>
        <translation>La richiesta è stata annullata; il suo link non funziona più.</translation>
    </message>
</context>
<context>
    <name>dp::ui::SensitiveDetailsDialog</name>
    <message>
        <source>Bank and tax details</source>
        <translation>Dati bancari e fiscali</translation>
    </message>
    <message>
        <source>Not provided yet</source>
        <translation>Non ancora fornito</translation>
    </message>
    <message>
        <source>Tax id:</source>
        <translation>Numero fiscale:</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Conto bancario:</translation>
    </message>
    <message>
        <source>Routing / transit:</source>
        <translation>Routing / transito:</translation>
    </message>
    <message>
        <source>Only the last 4 digits are shown. To change these details, open the Express dashboard.</source>
        <translation>Vengono mostrate solo le ultime 4 cifre. Per modificare questi dati, apri la dashboard Express.</translation>
    </message>
</context>
<context>
    <name>dp::ui::StaffBox</name>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>A role change or a deactivation applies at the person's next action: a deactivated user is signed out and can no longer sign in.</source>
        <translation>Un cambio di ruolo o una disattivazione si applica alla prossima azione della persona: un utente disattivato viene disconnesso e non può più accedere.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tu)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Nessun team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Another Admin can change your role.</source>
        <translation>Un altro amministratore può cambiare il tuo ruolo.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Riattiva</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambia ruolo</translation>
    </message>
    <message>
        <source>Make %1 a %2? %3</source>
        <translation>Assegnare a %1 il ruolo %2? %3</translation>
    </message>
    <message>
        <source>Admins can connect payments and manage the staff.</source>
        <translation>Gli amministratori possono connettere i pagamenti e gestire il personale.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ora ha il ruolo %2.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Disattiva utente</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out at their next action and can no longer sign in. You can reactivate them later.</source>
        <translation>Disattivare %1? La persona verrà disconnessa alla prossima azione e non potrà più accedere. Potrai riattivarla in seguito.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>L'account di %1 è disattivato.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>L'account di %1 è di nuovo attivo.</translation>
    </message>
</context>
<context>
    <name>dp::ui::TeamsBox</name>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Crea team</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Takes payments</source>
        <translation>Incassa i pagamenti</translation>
    </message>
    <message>
        <source>Team name, e.g. Service cashiers</source>
        <translation>Nome del team, ad es. Cassa assistenza</translation>
    </message>
    <message>
        <source>Managers in a team that takes payments see the Payments tab with the payments of their teams.</source>
        <translation>I responsabili di un team che incassa i pagamenti vedono la scheda Pagamenti con i pagamenti dei loro team.</translation>
    </message>
    <message>
        <source>%1 · takes payments</source>
        <translation>%1 · incassa i pagamenti</translation>
    </message>
    <message>
        <source>Members of %1:</source>
        <translation>Membri di %1:</translation>
    </message>
    <message>
        <source>Create a team to add members.</source>
        <translation>Crea un team per aggiungere membri.</translation>
    </message>
</context>
<context>
    <name>dp::ui::WorkArea</name>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>Accesso come &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestisci</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Ancora niente da mostrare</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambia password…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Inviti</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Le mie richieste</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Tutti i pagamenti</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Bonifici</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Riconciliazione</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Your role has no page yet. Ask your administrator to add you to a team that takes payments.</source>
        <translation>Il Suo ruolo non ha ancora nessuna pagina. Chieda all'amministratore di essere aggiunto a un team che incassa i pagamenti.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Fetch the latest payments, refunds and request states now.</source>
        <translation>Recupera ora gli ultimi pagamenti, rimborsi e stati delle richieste.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Exports for your accounting office arrive with the Reports page.</source>
        <translation>Le esportazioni per l'ufficio contabilità arriveranno con la pagina Report.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Esci dall'&amp;account</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Search the requests or payments shown.</source>
        <translation>Cerca tra le richieste o i pagamenti visualizzati.</translation>
    </message>
    <message>
        <source>&amp;New payment request…</source>
        <translation>&amp;Nuova richiesta di pagamento…</translation>
    </message>
    <message>
        <source>Text a secure payment link to a customer.</source>
        <translation>Invia via SMS un link di pagamento sicuro a un cliente.</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Rimborsa…</translation>
    </message>
    <message>
        <source>Refund all or part of the selected payment.</source>
        <translation>Rimborsa in tutto o in parte il pagamento selezionato.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Pagamenti</translation>
    </message>
</context>
</TS>
