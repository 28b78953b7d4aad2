<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>nb::AccountState</name>
    <message>
        <source>Your server asks you to accept its terms of service. Until you do, it refuses replies and other messages from this account.</source>
        <translation>Ihr Server bittet Sie, seinen Nutzungsbedingungen zuzustimmen. Bis dahin lehnt er Antworten und andere Nachrichten von diesem Konto ab.</translation>
    </message>
    <message>
        <source>Your account has been suspended by your server&apos;s administrators. You can still read your notices, but the server refuses everything you send while it is suspended: replies, appeals included, and accepting new notices.</source>
        <translation>Ihr Konto wurde von den Administratoren Ihres Servers gesperrt. Sie können Ihre Mitteilungen weiter lesen, aber solange die Sperre gilt, lehnt der Server alles ab, was Sie senden: Antworten, auch Widersprüche, und das Annehmen neuer Mitteilungen.</translation>
    </message>
    <message>
        <source>Your account has been locked by your server&apos;s administrators. The server refuses every request from it, so no new notices arrive.</source>
        <translation>Ihr Konto wurde von den Administratoren Ihres Servers blockiert. Der Server lehnt jede Anfrage von ihm ab, daher kommen keine neuen Mitteilungen an.</translation>
    </message>
    <message>
        <source>This account has been deactivated by your server&apos;s administrators and can no longer sign in.</source>
        <translation>Dieses Konto wurde von den Administratoren Ihres Servers deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Open the terms, read them and accept them; then try again.</source>
        <translation>Öffnen Sie die Bedingungen, lesen Sie sie und stimmen Sie zu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>To appeal, contact your server&apos;s administrators another way, for example by email or on their support page.</source>
        <translation>Um zu widersprechen, wenden Sie sich auf anderem Weg an die Administratoren Ihres Servers, zum Beispiel per E-Mail oder über ihre Support-Seite.</translation>
    </message>
    <message>
        <source>You stay signed in: Noticeboard keeps trying and picks up again as soon as the administrators unlock the account. Contact them to ask why.</source>
        <translation>Sie bleiben angemeldet: Noticeboard versucht es weiter und macht weiter, sobald die Administratoren das Konto entsperren. Fragen Sie sie nach dem Grund.</translation>
    </message>
    <message>
        <source>Contact your server&apos;s administrators if you think this is a mistake.</source>
        <translation>Wenden Sie sich an die Administratoren Ihres Servers, wenn Sie glauben, dass dies ein Irrtum ist.</translation>
    </message>
</context>
<context>
    <name>nb::AdminArea</name>
    <message>
        <source>Create notice room</source>
        <translation>Mitteilungsraum anlegen</translation>
    </message>
    <message>
        <source>Compose and deliver</source>
        <translation>Verfassen und zustellen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Sent notices</source>
        <translation>Gesendete Mitteilungen</translation>
    </message>
    <message>
        <source>Sent notices (%1 awaiting answer)</source>
        <translation>Gesendete Mitteilungen (%1 warten auf Antwort)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Admin (%1)</source>
        <translation>Verwaltung (%1)</translation>
    </message>
    <message>
        <source>Admin console sections</source>
        <translation>Bereiche der Admin-Konsole</translation>
    </message>
    <message>
        <source>Notices or admin console</source>
        <translation>Mitteilungen oder Admin-Konsole</translation>
    </message>
</context>
<context>
    <name>nb::AdminService</name>
    <message>
        <source>Could not find the server notices room of %1.</source>
        <translation>Der Raum für Servermitteilungen von %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>You are not a server administrator of %1.</source>
        <translation>Sie sind kein Serveradministrator von %1.</translation>
    </message>
    <message>
        <source>%1 does not offer the Synapse admin API, so whether you are an administrator cannot be checked and the server notices room cannot be used. Notice rooms (MSC4279) still work through the ordinary client API.</source>
        <translation>%1 bietet die Synapse-Admin-API nicht an; daher lässt sich nicht prüfen, ob Sie Administrator sind, und der Raum für Servermitteilungen kann nicht benutzt werden. Mitteilungsräume (MSC4279) funktionieren weiterhin über die gewöhnliche Client-API.</translation>
    </message>
    <message>
        <source>Could not check whether you are a server administrator.</source>
        <translation>Es konnte nicht geprüft werden, ob Sie Serveradministrator sind.</translation>
    </message>
    <message>
        <source>Could not list your notice rooms.</source>
        <translation>Ihre Mitteilungsräume konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>You have not sent any notice rooms.</source>
        <translation>Sie haben noch keine Mitteilungsräume gesendet.</translation>
    </message>
    <message>
        <source>Not logged in. Log in first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix user ID (like @alice:example.org).</source>
        <translation>„%1“ ist keine Matrix-Nutzer-ID (wie @alice:example.org).</translation>
    </message>
    <message>
        <source>A notice room is for someone else; you cannot invite yourself.</source>
        <translation>Ein Mitteilungsraum ist für jemand anderen; Sie können sich nicht selbst einladen.</translation>
    </message>
    <message>
        <source>Could not create the notice room.</source>
        <translation>Der Mitteilungsraum konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Notice room created.</source>
        <translation>Mitteilungsraum erstellt.</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>Die Mitteilung ist leer.</translation>
    </message>
    <message>
        <source>Could not send the notice.</source>
        <translation>Die Mitteilung konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Notice sent.</source>
        <translation>Mitteilung gesendet.</translation>
    </message>
    <message>
        <source>Could not read the pinned notices.</source>
        <translation>Die angehefteten Mitteilungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>That notice is already pinned.</source>
        <translation>Diese Mitteilung ist bereits angeheftet.</translation>
    </message>
    <message>
        <source>That notice was not pinned.</source>
        <translation>Diese Mitteilung war nicht angeheftet.</translation>
    </message>
    <message>
        <source>Could not pin the notice.</source>
        <translation>Die Mitteilung konnte nicht angeheftet werden.</translation>
    </message>
    <message>
        <source>Could not unpin the notice.</source>
        <translation>Die Mitteilung konnte nicht losgelöst werden.</translation>
    </message>
    <message>
        <source>Notice pinned.</source>
        <translation>Mitteilung angeheftet.</translation>
    </message>
    <message>
        <source>Notice unpinned.</source>
        <translation>Mitteilung losgelöst.</translation>
    </message>
    <message>
        <source>Could not read the room&apos;s leave rule.</source>
        <translation>Die Verlassen-Regel des Raums konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The recipient may now leave the notice room.</source>
        <translation>Der Empfänger darf den Mitteilungsraum jetzt verlassen.</translation>
    </message>
    <message>
        <source>The recipient may no longer leave the notice room.</source>
        <translation>Der Empfänger darf den Mitteilungsraum nicht mehr verlassen.</translation>
    </message>
    <message>
        <source>Could not change the leave rule.</source>
        <translation>Die Verlassen-Regel konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>left or declined the invitation</source>
        <translation>hat die Einladung verlassen oder abgelehnt</translation>
    </message>
    <message>
        <source>was banned</source>
        <translation>wurde verbannt</translation>
    </message>
    <message>
        <source>is not invited (%1)</source>
        <translation>ist nicht eingeladen (%1)</translation>
    </message>
    <message>
        <source>%1 is on another server; a notice room does not federate, so they could never join it. Nothing was created.</source>
        <translation>%1 ist auf einem anderen Server; ein Mitteilungsraum föderiert nicht, die Person könnte ihm also nie beitreten. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>There is no user %1 on this server; nothing was created. Check the spelling.</source>
        <translation>Es gibt keinen Nutzer %1 auf diesem Server; es wurde nichts erstellt. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>There is no event %1 in the room %2; nothing was pinned.</source>
        <translation>Im Raum %2 gibt es kein Ereignis %1; es wurde nichts angeheftet.</translation>
    </message>
    <message>
        <source>Nobody else is in this room, so nobody would read the notice; nothing was sent.</source>
        <translation>Sonst ist niemand in diesem Raum, niemand würde die Mitteilung also lesen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nobody would read the notice: %1. Nothing was sent; create a new notice room to reach them.</source>
        <translation>Niemand würde die Mitteilung lesen: %1. Es wurde nichts gesendet; erstellen Sie einen neuen Mitteilungsraum, um die Person zu erreichen.</translation>
    </message>
    <message>
        <source> This server has no server notices room configured (server_notices in homeserver.yaml).</source>
        <translation> Auf diesem Server ist kein Raum für Servermitteilungen eingerichtet (server_notices in homeserver.yaml).</translation>
    </message>
    <message>
        <source>%1 is not a user of your server; server notices go to local users only.</source>
        <translation>%1 ist kein Nutzer Ihres Servers; Servermitteilungen gehen nur an lokale Nutzer.</translation>
    </message>
    <message>
        <source>A usage-limit notice needs a limit type (e.g. monthly_active_user).</source>
        <translation>Eine Nutzungsgrenzen-Mitteilung braucht eine Grenzart (z. B. monthly_active_user).</translation>
    </message>
    <message>
        <source>Could not send the usage-limit notice.</source>
        <translation>Die Nutzungsgrenzen-Mitteilung konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The notice was sent (%1) but could not be pinned.</source>
        <translation>Die Mitteilung wurde gesendet (%1), konnte aber nicht angeheftet werden.</translation>
    </message>
    <message>
        <source>Usage-limit notice sent and pinned.</source>
        <translation>Nutzungsgrenzen-Mitteilung gesendet und angeheftet.</translation>
    </message>
    <message>
        <source> Its server notices room could not be told apart.</source>
        <translation> Sein Raum für Servermitteilungen ließ sich nicht eindeutig bestimmen.</translation>
    </message>
    <message>
        <source>Could not change the pinned notices.</source>
        <translation>Die angehefteten Mitteilungen konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>No usage-limit notice is pinned for %1.</source>
        <translation>Für %1 ist keine Nutzungsgrenzen-Mitteilung angeheftet.</translation>
    </message>
    <message>
        <source>%1 has usage-limit notices pinned in more than one server notices room (%2); the server only lets one of them be changed. Nothing was unpinned.</source>
        <translation>%1 hat Nutzungsgrenzen-Mitteilungen in mehr als einem Raum für Servermitteilungen angeheftet (%2); der Server lässt nur einen davon ändern. Es wurde nichts losgelöst.</translation>
    </message>
    <message>
        <source>Usage-limit notice unpinned.</source>
        <translation>Nutzungsgrenzen-Mitteilung losgelöst.</translation>
    </message>
    <message>
        <source>The notice is %1 bytes as a Matrix event (with its HTML form, if Markdown); the most a server takes is %2. Shorten it.</source>
        <translation>Die Mitteilung ist als Matrix-Ereignis %1 Byte groß (mit ihrer HTML-Form, bei Markdown); ein Server nimmt höchstens %2. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>Enter the Matrix ID of the user to invite (one user, as MSC4279 asks).</source>
        <translation>Geben Sie die Matrix-ID des einzuladenden Nutzers ein (ein Nutzer, wie MSC4279 es verlangt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Matrix ID; it looks like @name:server.</source>
        <translation>„%1“ ist keine Matrix-ID; sie sieht aus wie @name:server.</translation>
    </message>
</context>
<context>
    <name>nb::AppWindows</name>
    <message>
        <source>Not logged in. Log in first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
</context>
<context>
    <name>nb::Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The program or profile folder has a line break or control character in its name, which a start-at-login entry cannot hold.</source>
        <translation>Der Name des Programms oder des Profilordners enthält einen Zeilenumbruch oder ein Steuerzeichen, das ein Autostart-Eintrag nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>nb::BackgroundSettings</name>
    <message>
        <source>Running in the background</source>
        <translation>Im Hintergrund</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>In der Systemleiste weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Show a desktop notification for each new notice</source>
        <translation>Für jede neue Mitteilung eine Desktop-Benachrichtigung zeigen</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Bei der Anmeldung starten, in der Systemleiste</translation>
    </message>
    <message>
        <source>Notices keep arriving while the window is closed. Quit from the Noticeboard menu or the tray icon’s menu.</source>
        <translation>Mitteilungen kommen weiter an, solange das Fenster geschlossen ist. Beenden Sie über das Menü „Noticeboard“ oder das Menü des Symbols in der Systemleiste.</translation>
    </message>
    <message>
        <source>Noticeboard starts when you log in to this computer, without opening its window, so notices reach you from the start.</source>
        <translation>Noticeboard startet, wenn Sie sich an diesem Computer anmelden, ohne sein Fenster zu öffnen, damit Mitteilungen Sie von Anfang an erreichen.</translation>
    </message>
    <message>
        <source>This desktop has no system tray at the moment: closing the window quits Noticeboard.</source>
        <translation>Dieser Desktop hat gerade keine Systemleiste: Wenn Sie das Fenster schließen, wird Noticeboard beendet.</translation>
    </message>
</context>
<context>
    <name>nb::Campaign</name>
    <message>
        <source>an application service&apos;s account (bridge)</source>
        <translation>das Konto eines Anwendungsdienstes (Bridge)</translation>
    </message>
    <message>
        <source>the account is deactivated</source>
        <translation>das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>%1 It kept rate-limiting this recipient; giving up.</source>
        <translation>%1 Der Server hat diesen Empfänger immer wieder gebremst; aufgegeben.</translation>
    </message>
    <message>
        <source>The server asks to slow down; waiting %1 s.</source>
        <translation>Der Server bittet, langsamer zu senden; %1 s Wartezeit.</translation>
    </message>
    <message>
        <source>Stopped: %1 Run the same command again to resume.</source>
        <translation>Angehalten: %1 Führen Sie denselben Befehl erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>%1: %2 Retrying in %3 s.</source>
        <translation>%1: %2 Neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 Nothing more is sent without a journal.</source>
        <translation>Angehalten: %1 Ohne Journal wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>%1 is not a campaign journal.</source>
        <translation>%1 ist kein Kampagnenjournal.</translation>
    </message>
    <message>
        <source>This campaign was sent by %1; log in as %1 to %2 it.</source>
        <translation>Diese Kampagne wurde von %1 gesendet; melden Sie sich als %1 an, um sie %2.</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>zurückzurufen</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>zu korrigieren</translation>
    </message>
    <message>
        <source>This campaign went through the server notices room. Its notices were sent by the server&apos;s own notices account, whose messages an administrator cannot withdraw or edit. Send a follow-up notice to the same recipients instead.</source>
        <translation>Diese Kampagne lief über den Raum für Servermitteilungen. Ihre Mitteilungen wurden vom eigenen Mitteilungskonto des Servers gesendet, dessen Nachrichten ein Administrator weder zurückziehen noch bearbeiten kann. Senden Sie stattdessen eine Folgemitteilung an dieselben Empfänger.</translation>
    </message>
    <message>
        <source>This campaign&apos;s recall was started with the reason &quot;%1&quot;; run it again with that reason (or none) to finish it.</source>
        <translation>Der Rückruf dieser Kampagne wurde mit dem Grund „%1“ begonnen; führen Sie ihn mit diesem Grund (oder ohne Grund) erneut aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>Nothing of this campaign has been delivered; there is nothing to recall.</source>
        <translation>Von dieser Kampagne wurde nichts zugestellt; es gibt nichts zurückzurufen.</translation>
    </message>
    <message>
        <source>This campaign was recalled; its notices are withdrawn and cannot be corrected.</source>
        <translation>Diese Kampagne wurde zurückgerufen; ihre Mitteilungen sind zurückgezogen und können nicht korrigiert werden.</translation>
    </message>
    <message>
        <source>The corrected text is empty.</source>
        <translation>Der korrigierte Text ist leer.</translation>
    </message>
    <message>
        <source>Nothing of this campaign has been delivered; there is nothing to correct.</source>
        <translation>Von dieser Kampagne wurde nichts zugestellt; es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Lifting rate limits needs the Synapse admin API and a server admin&apos;s account; nothing was sent.</source>
        <translation>Zum Aufheben der Ratenbegrenzung braucht es die Synapse-Admin-API und das Konto eines Serveradministrators; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>the notice has been withdrawn; an edit would not show</source>
        <translation>die Mitteilung wurde zurückgezogen; eine Änderung wäre nicht zu sehen</translation>
    </message>
    <message>
        <source>the journal names event %1, which is not this campaign&apos;s notice to %2 (the journal was changed?); it was left untouched</source>
        <translation>das Journal nennt das Ereignis %1, das nicht die Mitteilung dieser Kampagne an %2 ist (wurde das Journal verändert?); es wurde nicht angerührt</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different campaign; what differs: %2. Resume it with the same arguments, or give a new journal file for a new campaign.</source>
        <translation>Das Journal %1 gehört zu einer anderen Kampagne; anders ist: %2. Setzen Sie sie mit denselben Argumenten fort oder geben Sie für eine neue Kampagne eine neue Journaldatei an.</translation>
    </message>
    <message>
        <source>Cannot make the campaigns folder %1.</source>
        <translation>Der Kampagnenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Listing all local users needs the Synapse admin API, which this server does not offer.</source>
        <translation>Alle lokalen Nutzer aufzulisten braucht die Synapse-Admin-API, die dieser Server nicht anbietet.</translation>
    </message>
    <message>
        <source>No recipients were given.</source>
        <translation>Es wurden keine Empfänger angegeben.</translation>
    </message>
    <message>
        <source>This journal belongs to %1&apos;s campaign; log in as %1 to resume it.</source>
        <translation>Dieses Journal gehört zur Kampagne von %1; melden Sie sich als %1 an, um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>This campaign was recalled: its notices are withdrawn, and nothing more is delivered.</source>
        <translation>Diese Kampagne wurde zurückgerufen: Ihre Mitteilungen sind zurückgezogen, und es wird nichts mehr zugestellt.</translation>
    </message>
    <message>
        <source>Could not list the accounts made since the last run: %1</source>
        <translation>Die seit dem letzten Lauf angelegten Konten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not check the recipients: %1</source>
        <translation>Die Empfänger konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>%1 of the recipients cannot get a notice from this server; nothing was sent.</source>
        <translation>%1 der Empfänger können von diesem Server keine Mitteilung erhalten; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>There is nobody to send to: the server lists no ordinary local users.</source>
        <translation>Es gibt niemanden, an den gesendet werden kann: Der Server führt keine gewöhnlichen lokalen Nutzer.</translation>
    </message>
    <message>
        <source>Joined, read and replied are not known for the server notices route: those rooms belong to the server&apos;s notices account.</source>
        <translation>Beigetreten, gelesen und geantwortet sind beim Weg über Servermitteilungen nicht bekannt: Diese Räume gehören dem Mitteilungskonto des Servers.</translation>
    </message>
    <message>
        <source>The server could not be asked who joined, read or replied: %1</source>
        <translation>Der Server konnte nicht gefragt werden, wer beigetreten ist, gelesen oder geantwortet hat: %1</translation>
    </message>
    <message>
        <source>this is your own account; a notice room is for someone else</source>
        <translation>das ist Ihr eigenes Konto; ein Mitteilungsraum ist für jemand anderen</translation>
    </message>
    <message>
        <source>created only in part (no invitation); replaced</source>
        <translation>nur teilweise angelegt (keine Einladung); ersetzt</translation>
    </message>
    <message>
        <source>is not in their notice room; nothing more was sent</source>
        <translation>ist nicht in seinem Mitteilungsraum; es wurde nichts mehr gesendet</translation>
    </message>
    <message>
        <source>declined or left their notice room (membership: %1); nothing more was sent</source>
        <translation>hat seinen Mitteilungsraum abgelehnt oder verlassen (Mitgliedschaft: %1); es wurde nichts mehr gesendet</translation>
    </message>
    <message>
        <source>the room&apos;s history since the campaign began is too long to search</source>
        <translation>der Verlauf des Raums seit Beginn der Kampagne ist zu lang zum Durchsuchen</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>the route (it was %1)</source>
        <translation>der Weg (er war %1)</translation>
    </message>
    <message>
        <source>the room preset or leave rule</source>
        <translation>die Raumvorlage oder die Verlassen-Regel</translation>
    </message>
    <message>
        <source>the --markdown choice</source>
        <translation>die Wahl von --markdown</translation>
    </message>
    <message>
        <source>the kind of recipient list (it was %1)</source>
        <translation>die Art der Empfängerliste (sie war %1)</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>die Empfänger</translation>
    </message>
    <message>
        <source>the sender (it was started by %1; log in as that account to resume it)</source>
        <translation>der Absender (sie wurde von %1 begonnen; melden Sie sich mit diesem Konto an, um sie fortzusetzen)</translation>
    </message>
    <message>
        <source>Rate limits are still lifted from the interrupted run; they are put back when this one ends.</source>
        <translation>Die Ratenbegrenzung ist vom unterbrochenen Lauf noch aufgehoben; sie wird wiederhergestellt, wenn dieser endet.</translation>
    </message>
    <message>
        <source>Could not lift the rate limits: %1</source>
        <translation>Die Ratenbegrenzung konnte nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <source>Could not read your account&apos;s rate limits: %1</source>
        <translation>Die Ratenbegrenzung Ihres Kontos konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your account has no rate limit already; nothing to lift.</source>
        <translation>Ihr Konto hat bereits keine Ratenbegrenzung; es gibt nichts aufzuheben.</translation>
    </message>
    <message>
        <source>Rate limits not lifted: the server&apos;s answer about your account&apos;s rate limits is not understood (%1), so it could not be put back afterwards.</source>
        <translation>Ratenbegrenzung nicht aufgehoben: Die Antwort des Servers zur Ratenbegrenzung Ihres Kontos ist unverständlich (%1), sie könnte danach also nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Rate limits not lifted: %1</source>
        <translation>Ratenbegrenzung nicht aufgehoben: %1</translation>
    </message>
    <message>
        <source>Rate limits lifted for this campaign (previous setting: %1).</source>
        <translation>Ratenbegrenzung für diese Kampagne aufgehoben (vorherige Einstellung: %1).</translation>
    </message>
    <message>
        <source>The journal could not record the rate limits: %1</source>
        <translation>Das Journal konnte die Ratenbegrenzung nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Rate limits left as they are (%1): they were changed during the campaign, not by it.</source>
        <translation>Ratenbegrenzung unverändert gelassen (%1): Sie wurde während der Kampagne geändert, nicht von ihr.</translation>
    </message>
    <message>
        <source>Could not put your account&apos;s rate limits back (%1): %2 They are put back at the next run of this campaign or the next start of Noticeboard.</source>
        <translation>Die Ratenbegrenzung Ihres Kontos konnte nicht wiederhergestellt werden (%1): %2 Sie wird beim nächsten Lauf dieser Kampagne oder beim nächsten Start von Noticeboard wiederhergestellt.</translation>
    </message>
    <message>
        <source>Rate limits put back, but the journal could not record it: %1</source>
        <translation>Ratenbegrenzung wiederhergestellt, aber das Journal konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>Rate limits put back (%1).</source>
        <translation>Ratenbegrenzung wiederhergestellt (%1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <source>%1 actions/s, bursts of %2</source>
        <translation>%1 Aktionen/s, Schübe von %2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>%1“%2” is not a Matrix user ID (like @alice:example.org)</source>
        <translation>%1„%2“ ist keine Matrix-Nutzer-ID (wie @alice:example.org)</translation>
    </message>
    <message>
        <source>not a Matrix user ID</source>
        <translation>keine Matrix-Nutzer-ID</translation>
    </message>
    <message>
        <source>a user of %1, not of this server (%2); notices go to local users only</source>
        <translation>ein Nutzer von %1, nicht von diesem Server (%2); Mitteilungen gehen nur an lokale Nutzer</translation>
    </message>
    <message>
        <source>no such user on this server</source>
        <translation>diesen Nutzer gibt es auf diesem Server nicht</translation>
    </message>
    <message>
        <source>its list of users does not end: it gave the page token “%1” again</source>
        <translation>seine Nutzerliste endet nicht: Sie nannte das Seitentoken „%1“ erneut</translation>
    </message>
    <message>
        <source>its list of users does not end: %1 pages in a row listed nobody new</source>
        <translation>seine Nutzerliste endet nicht: %1 Seiten hintereinander nannten niemanden Neues</translation>
    </message>
    <message>
        <source>its list of users does not end: more than %L1 accounts</source>
        <translation>seine Nutzerliste endet nicht: mehr als %L1 Konten</translation>
    </message>
    <message>
        <source>The journal</source>
        <translation>Das Journal</translation>
    </message>
    <message>
        <source>The folder %1 for the journal does not exist.</source>
        <translation>Der Ordner %1 für das Journal existiert nicht.</translation>
    </message>
    <message>
        <source>The journal %1 is an empty file. Noticeboard never leaves an empty journal, so this file is not one of its journals and is left as it is; give a new file name (or delete the empty file if you made it).</source>
        <translation>Das Journal %1 ist eine leere Datei. Noticeboard hinterlässt nie ein leeres Journal, diese Datei ist also keines seiner Journale und bleibt, wie sie ist; geben Sie einen neuen Dateinamen an (oder löschen Sie die leere Datei, wenn Sie sie angelegt haben).</translation>
    </message>
    <message>
        <source>%1 is %2, far larger than a campaign journal; it is not one and is left as it is.</source>
        <translation>%1 ist %2 groß, viel größer als ein Kampagnenjournal; es ist keines und bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>%1 is not a Noticeboard campaign journal (or one from a newer version) and is left as it is; give a new file name for a new campaign.</source>
        <translation>%1 ist kein Kampagnenjournal von Noticeboard (oder eines einer neueren Version) und bleibt, wie es ist; geben Sie für eine neue Kampagne einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The journal %1 changed while it was being opened; nothing was written.</source>
        <translation>Das Journal %1 hat sich beim Öffnen verändert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2; it cannot be resumed safely and is left as it is.</source>
        <translation>Das Journal %1 ist in Zeile %2 beschädigt; es kann nicht sicher fortgesetzt werden und bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2: %3.</source>
        <translation>Das Journal %1 kann nicht angelegt werden: %2: %3.</translation>
    </message>
    <message>
        <source>cannot make a file in its folder</source>
        <translation>in seinem Ordner kann keine Datei angelegt werden</translation>
    </message>
    <message>
        <source>cannot set it up</source>
        <translation>es kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot write its first line</source>
        <translation>seine erste Zeile kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile (it was not touched)</source>
        <translation>inzwischen ist eine Datei dieses Namens aufgetaucht (sie wurde nicht angerührt)</translation>
    </message>
    <message>
        <source>cannot give it its name</source>
        <translation>es kann nicht seinen Namen bekommen</translation>
    </message>
    <message>
        <source>cannot sync its folder</source>
        <translation>sein Ordner kann nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another running campaign (noticectl or Noticeboard); wait for it to finish or stop it first.</source>
        <translation>Das Journal %1 wird von einer anderen laufenden Kampagne benutzt (noticectl oder Noticeboard); warten Sie, bis sie fertig ist, oder halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Cannot repair the journal %1 (a record cut short at its end): %2.</source>
        <translation>Das Journal %1 kann nicht repariert werden (ein an seinem Ende abgeschnittener Eintrag): %2.</translation>
    </message>
    <message>
        <source>The journal %1 already holds a campaign.</source>
        <translation>Das Journal %1 enthält bereits eine Kampagne.</translation>
    </message>
    <message>
        <source>The journal %1 has no campaign yet.</source>
        <translation>Das Journal %1 enthält noch keine Kampagne.</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2. No more is sent in this run; run the same command again to resume once the disk has room.</source>
        <translation>In das Journal %1 kann nicht geschrieben werden: %2. In diesem Lauf wird nichts mehr gesendet; führen Sie denselben Befehl erneut aus, um fortzusetzen, sobald auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be looked at: %3.</source>
        <translation>%1 %2 kann nicht untersucht werden: %3.</translation>
    </message>
    <message>
        <source>%1 %2 is a directory, not a file.</source>
        <translation>%1 %2 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link, which is not followed (nothing is written where it points). Give the path of the file itself, or a new file name.</source>
        <translation>%1 %2 ist ein symbolischer Link, dem nicht gefolgt wird (dorthin, wohin er zeigt, wird nichts geschrieben). Geben Sie den Pfad der Datei selbst oder einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 %2 is a named pipe (FIFO), not a file.</source>
        <translation>%1 %2 ist eine benannte Pipe (FIFO), keine Datei.</translation>
    </message>
    <message>
        <source>%1 %2 is a device, not a file.</source>
        <translation>%1 %2 ist ein Gerät, keine Datei.</translation>
    </message>
    <message>
        <source>%1 %2 is a socket, not a file.</source>
        <translation>%1 %2 ist ein Socket, keine Datei.</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file.</source>
        <translation>%1 %2 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 %2 is %3; more than the %4 it may have.</source>
        <translation>%1 %2 ist %3 groß; mehr als die erlaubten %4.</translation>
    </message>
    <message>
        <source>Cannot read %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 %2 changed while it was being opened; try again.</source>
        <translation>%1 %2 hat sich beim Öffnen verändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 it may have.</source>
        <translation>%1 %2 ist größer als die erlaubten %3.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 Server said: “%2” (%3).</source>
        <translation>%1 Der Server sagte: „%2“ (%3).</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>the server&apos;s pace over the last %1 recipients (it asked to slow down %2 time(s))</source>
        <translation>das Tempo des Servers bei den letzten %1 Empfängern (er bat %2-mal, langsamer zu senden)</translation>
    </message>
    <message>
        <source>the pace over the last %1 recipients, with no rate limit in the way</source>
        <translation>das Tempo bei den letzten %1 Empfängern, ohne bremsende Ratenbegrenzung</translation>
    </message>
    <message>
        <source>the server&apos;s answer &quot;slow down, wait %1 s&quot;</source>
        <translation>die Antwort des Servers „langsamer, %1 s warten“</translation>
    </message>
    <message>
        <source>rate limits lifted for your account</source>
        <translation>Ratenbegrenzung für Ihr Konto aufgehoben</translation>
    </message>
    <message>
        <source>server notices are not rate limited by Synapse</source>
        <translation>Servermitteilungen bremst Synapse nicht</translation>
    </message>
    <message>
        <source>Synapse&apos;s default limit on new rooms (10 at once, then about one a minute), until the server&apos;s own answers show its pace</source>
        <translation>die Standardgrenze von Synapse für neue Räume (10 auf einmal, dann etwa einer pro Minute), bis die Antworten des Servers sein Tempo zeigen</translation>
    </message>
    <message>
        <source>Synapse&apos;s default limit on messages (10 at once, then one every 5 s), until the server&apos;s own answers show its pace</source>
        <translation>die Standardgrenze von Synapse für Nachrichten (10 auf einmal, dann eine alle 5 s), bis die Antworten des Servers sein Tempo zeigen</translation>
    </message>
    <message>
        <source>The server limits how fast one account may create rooms and send messages (by default one new room a minute after the first ten). As a server admin you can exempt your account while this campaign runs: its notices then go out as fast as the server can take them. Your account&apos;s previous setting is written to the campaign journal first and put back when the campaign ends, is stopped or fails (after a crash, at the next run or the next start of Noticeboard).</source>
        <translation>Der Server begrenzt, wie schnell ein Konto Räume erstellen und Nachrichten senden darf (standardmäßig nach den ersten zehn ein neuer Raum pro Minute). Als Serveradministrator können Sie Ihr Konto ausnehmen, solange diese Kampagne läuft: Ihre Mitteilungen gehen dann so schnell hinaus, wie der Server sie annimmt. Die bisherige Einstellung Ihres Kontos wird zuerst ins Kampagnenjournal geschrieben und wiederhergestellt, wenn die Kampagne endet, angehalten wird oder scheitert (nach einem Absturz beim nächsten Lauf oder beim nächsten Start von Noticeboard).</translation>
    </message>
</context>
<context>
    <name>nb::CampaignDialogs</name>
    <message>
        <source>Lift my rate limits while it runs</source>
        <translation>Meine Ratenbegrenzung aufheben, solange sie läuft</translation>
    </message>
    <message>
        <source>Recall a campaign</source>
        <translation>Eine Kampagne zurückziehen</translation>
    </message>
    <message>
        <source>Every notice of %1 that was delivered is withdrawn (redacted). Recipients&apos; apps show it as withdrawn by your server, with the reason below. This cannot be undone.</source>
        <translation>Jede zugestellte Mitteilung von %1 wird zurückgezogen (entfernt). Die Apps der Empfänger zeigen sie als von Ihrem Server zurückgezogen, mit dem Grund unten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Reason shown to recipients (optional)</source>
        <translation>Grund, den die Empfänger sehen (optional)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Correct a campaign</source>
        <translation>Eine Kampagne korrigieren</translation>
    </message>
    <message>
        <source>Every notice of %1 that was delivered is edited to the text below; recipients see the new text, marked as edited.</source>
        <translation>Jede zugestellte Mitteilung von %1 wird in den Text unten geändert; die Empfänger sehen den neuen Text, als bearbeitet markiert.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>Berichtigter Text</translation>
    </message>
</context>
<context>
    <name>nb::CampaignListModel</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>notice rooms</source>
        <translation>Mitteilungsräume</translation>
    </message>
    <message>
        <source>server notices</source>
        <translation>Server-Mitteilungen</translation>
    </message>
    <message>
        <source>%1 (all local users)</source>
        <translation>%1 (alle lokalen Benutzer)</translation>
    </message>
    <message>
        <source>%1 (%2 to go)</source>
        <translation>%1 (%2 ausstehend)</translation>
    </message>
    <message>
        <source>recalled %1</source>
        <translation>zurückgezogen %1</translation>
    </message>
    <message>
        <source>corrected %1</source>
        <translation>korrigiert %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>nb::CampaignReportLoader</name>
    <message>
        <source>not a campaign journal</source>
        <translation>kein Kampagnen-Journal</translation>
    </message>
    <message>
        <source>Sent by %1: log in as that account to see who joined, read or replied.</source>
        <translation>Gesendet von %1: Melden Sie sich mit diesem Konto an, um zu sehen, wer beigetreten ist, gelesen oder geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>nb::CampaignsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open journal…</source>
        <translation>Journal öffnen …</translation>
    </message>
    <message>
        <source>Recall…</source>
        <translation>Zurückziehen …</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren …</translation>
    </message>
    <message>
        <source>Deliver to new accounts</source>
        <translation>An neue Konten zustellen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add a campaign journal kept elsewhere (noticectl notify --journal FILE) to this list. It stays where it is.</source>
        <translation>Ein anderswo aufbewahrtes Kampagnen-Journal (noticectl notify --journal FILE) zu dieser Liste hinzufügen. Es bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>Save each recipient&apos;s status as a CSV file for a spreadsheet.</source>
        <translation>Den Stand jedes Empfängers als CSV-Datei für eine Tabellenkalkulation speichern.</translation>
    </message>
    <message>
        <source>Past campaigns, newest first:</source>
        <translation>Frühere Kampagnen, neueste zuerst:</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <source>%v of %m done · %1</source>
        <translation>%v von %m erledigt · %1</translation>
    </message>
    <message>
        <source>Found %1 new account(s) since the campaign&apos;s last run. All its recipients so far: </source>
        <translation>%1 neue(s) Konto/Konten seit dem letzten Lauf der Kampagne gefunden. Alle bisherigen Empfänger: </translation>
    </message>
    <message>
        <source>Choose a campaign above to see its recipients.</source>
        <translation>Wählen Sie oben eine Kampagne, um ihre Empfänger zu sehen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Campaign of %1 to %2 recipient(s) via %3</source>
        <translation>Kampagne vom %1 an %2 Empfänger über %3</translation>
    </message>
    <message>
        <source>notice rooms</source>
        <translation>Mitteilungsräume</translation>
    </message>
    <message>
        <source>server notices</source>
        <translation>Server-Mitteilungen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Every delivered notice of this campaign is withdrawn.</source>
        <translation>Jede zugestellte Mitteilung dieser Kampagne ist zurückgezogen.</translation>
    </message>
    <message>
        <source>Withdraw every delivered notice of this campaign, with a reason.</source>
        <translation>Jede zugestellte Mitteilung dieser Kampagne mit einem Grund zurückziehen.</translation>
    </message>
    <message>
        <source>This campaign was recalled: withdrawn notices cannot be edited.</source>
        <translation>Diese Kampagne wurde zurückgezogen: Zurückgezogene Mitteilungen lassen sich nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Edit every delivered notice of this campaign to a new text.</source>
        <translation>Jede zugestellte Mitteilung dieser Kampagne in einen neuen Text ändern.</translation>
    </message>
    <message>
        <source>Send the same notice to the accounts made since this campaign last ran; everyone who has it gets nothing new.</source>
        <translation>Dieselbe Mitteilung an die Konten senden, die seit dem letzten Lauf dieser Kampagne angelegt wurden; wer sie schon hat, erhält nichts Neues.</translation>
    </message>
    <message>
        <source>Only for campaigns to all local users.</source>
        <translation>Nur für Kampagnen an alle lokalen Benutzer.</translation>
    </message>
    <message>
        <source>Sent by %1: log in as that account to recall or correct it.</source>
        <translation>Gesendet von %1: Melden Sie sich mit diesem Konto an, um sie zurückzuziehen oder zu korrigieren.</translation>
    </message>
    <message>
        <source>the campaign of %1 to %2 recipient(s) (&quot;%3&quot;)</source>
        <translation>die Kampagne vom %1 an %2 Empfänger („%3“)</translation>
    </message>
    <message>
        <source>Cannot %1 this campaign</source>
        <translation>Diese Kampagne: %1 nicht möglich</translation>
    </message>
    <message>
        <source>This campaign went through Synapse&apos;s server notices room. Its notices were sent by the server&apos;s own notices account, so an administrator cannot %1 them.</source>
        <translation>Diese Kampagne lief über den Server-Mitteilungsraum von Synapse. Ihre Mitteilungen hat das eigene Mitteilungskonto des Servers gesendet, daher kann ein Administrator sie nicht: %1.</translation>
    </message>
    <message>
        <source>You can send a follow-up notice to the %1 recipient(s) who got it.</source>
        <translation>Sie können den %1 Empfängern, die sie erhalten haben, eine Folgemitteilung senden.</translation>
    </message>
    <message>
        <source>Send a follow-up notice</source>
        <translation>Eine Folgemitteilung senden</translation>
    </message>
    <message>
        <source>A follow-up to the %1 recipient(s) of the campaign of %2: write it and press Send. The first notice stays as it was.</source>
        <translation>Eine Folgemitteilung an die %1 Empfänger der Kampagne vom %2: Schreiben Sie sie und drücken Sie „Senden“. Die erste Mitteilung bleibt, wie sie war.</translation>
    </message>
    <message>
        <source>Open a campaign first.</source>
        <translation>Öffnen Sie zuerst eine Kampagne.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the campaign as CSV</source>
        <translation>Die Kampagne als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 recipient(s) to %2.</source>
        <translation>%1 Empfänger in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Open a campaign journal</source>
        <translation>Ein Kampagnen-Journal öffnen</translation>
    </message>
    <message>
        <source>Campaign journals (*.journal *.jsonl);;All files (*)</source>
        <translation>Kampagnen-Journale (*.journal *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Past campaigns</source>
        <translation>Frühere Kampagnen</translation>
    </message>
    <message>
        <source>Recipients of the selected campaign</source>
        <translation>Empfänger der ausgewählten Kampagne</translation>
    </message>
</context>
<context>
    <name>nb::ComposePanel</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Write the notice. **Bold**, _italic_, lists and links work.</source>
        <translation>Schreiben Sie die Mitteilung. **Fett**, _kursiv_, Listen und Links funktionieren.</translation>
    </message>
    <message>
        <source>The campaign&apos;s record on disk. Resume it from this file after a crash: nobody gets the notice twice.</source>
        <translation>Die Aufzeichnung der Kampagne auf der Festplatte. Nach einem Absturz aus dieser Datei fortsetzen: Niemand erhält die Mitteilung zweimal.</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Journal:</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Mitteilung</translation>
    </message>
    <message>
        <source>Preview (as recipients will see it):</source>
        <translation>Vorschau (wie die Empfänger sie sehen):</translation>
    </message>
    <message>
        <source>Campaign journal</source>
        <translation>Kampagnen-Journal</translation>
    </message>
    <message>
        <source>Campaign journals (*.journal *.jsonl)</source>
        <translation>Kampagnen-Journale (*.journal *.jsonl)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Ein Benutzer</translation>
    </message>
    <message>
        <source>A list of users</source>
        <translation>Eine Liste von Benutzern</translation>
    </message>
    <message>
        <source>Users from a file</source>
        <translation>Benutzer aus einer Datei</translation>
    </message>
    <message>
        <source>All local users</source>
        <translation>Alle lokalen Benutzer</translation>
    </message>
    <message>
        <source>One Matrix ID a line</source>
        <translation>Eine Matrix-ID pro Zeile</translation>
    </message>
    <message>
        <source>A text file, one Matrix ID a line</source>
        <translation>Eine Textdatei, eine Matrix-ID pro Zeile</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Every active local account; guests, deactivated accounts and bots are left out. Needs the Synapse admin API.</source>
        <translation>Jedes aktive lokale Konto; Gäste, deaktivierte Konten und Bots werden ausgelassen. Braucht die Admin-API von Synapse.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>A notice room per user (MSC4279)</source>
        <translation>Ein Mitteilungsraum je Benutzer (MSC4279)</translation>
    </message>
    <message>
        <source>Synapse&apos;s server notices room</source>
        <translation>Der Server-Mitteilungsraum von Synapse</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Mitteilung ohne Antworten</translation>
    </message>
    <message>
        <source>Notice with replies</source>
        <translation>Mitteilung mit Antworten</translation>
    </message>
    <message>
        <source>Allow the user to archive it</source>
        <translation>Dem Benutzer das Archivieren erlauben</translation>
    </message>
    <message>
        <source>Lift my rate limits while this campaign runs</source>
        <translation>Meine Ratenbegrenzung aufheben, solange diese Kampagne läuft</translation>
    </message>
    <message>
        <source>Usage-limit notice</source>
        <translation>Nutzungsgrenzen-Mitteilung</translation>
    </message>
    <message>
        <source>Send a usage-limit notice instead of a message</source>
        <translation>Statt einer Nachricht eine Nutzungsgrenzen-Mitteilung senden</translation>
    </message>
    <message>
        <source>Send and pin it (the user sees a banner)</source>
        <translation>Senden und anheften (der Benutzer sieht ein Banner)</translation>
    </message>
    <message>
        <source>Unpin it (the banner goes away)</source>
        <translation>Loslösen (das Banner verschwindet)</translation>
    </message>
    <message>
        <source>Limit type:</source>
        <translation>Art der Grenze:</translation>
    </message>
    <message>
        <source>Admin contact:</source>
        <translation>Kontakt der Administratoren:</translation>
    </message>
    <message>
        <source>Goes to each user&apos;s server notices room and is pinned, so their app shows the usage-limit banner until you unpin it. Unpinning leaves other pins alone.</source>
        <translation>Geht in den Server-Mitteilungsraum jedes Benutzers und wird angeheftet, damit seine App das Nutzungsgrenzen-Banner zeigt, bis Sie sie loslösen. Das Loslösen lässt andere angeheftete Nachrichten unberührt.</translation>
    </message>
    <message>
        <source>This server does not offer the Synapse admin API.</source>
        <translation>Dieser Server bietet die Admin-API von Synapse nicht an.</translation>
    </message>
    <message>
        <source>Needs a server administrator account.</source>
        <translation>Braucht ein Konto als Server-Administrator.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
    <message>
        <source>Cannot read the recipients file &quot;%1&quot;: %2.</source>
        <translation>Die Empfängerdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Fix the recipients first:
%1</source>
        <translation>Korrigieren Sie zuerst die Empfänger:
%1</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Nennen Sie mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>Give the limit type, such as monthly_active_user.</source>
        <translation>Geben Sie die Art der Grenze an, etwa monthly_active_user.</translation>
    </message>
    <message>
        <source>Write the notice first.</source>
        <translation>Schreiben Sie zuerst die Mitteilung.</translation>
    </message>
    <message>
        <source>Choose a journal file: it is what makes a resumed delivery exact.</source>
        <translation>Wählen Sie eine Journal-Datei: Sie sorgt dafür, dass eine fortgesetzte Zustellung genau ist.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation>Der Ordner für das Journal %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 recipient(s) take %2 at the server&apos;s pace — %3.</source>
        <translation>%1 Empfänger brauchen %2 im Tempo des Servers – %3.</translation>
    </message>
    <message>
        <source>Each 100 recipients take %1 at the server&apos;s pace — %2.</source>
        <translation>Je 100 Empfänger brauchen %1 im Tempo des Servers – %2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Unpins the usage-limit notices%1 in each recipient&apos;s server notices room. Their usage-limit banner goes away; other pins stay.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Löst die Nutzungsgrenzen-Mitteilungen%1 im Server-Mitteilungsraum jedes Empfängers. Ihr Nutzungsgrenzen-Banner verschwindet; andere angeheftete Nachrichten bleiben.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> for “%1”</source>
        <translation> für „%1“</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Sent to each recipient&apos;s server notices room and pinned: their app shows it as a usage-limit banner until you unpin it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Wird in den Server-Mitteilungsraum jedes Empfängers gesendet und angeheftet: Seine App zeigt sie als Nutzungsgrenzen-Banner, bis Sie sie loslösen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Text der Mitteilung</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Vorschau der Mitteilung</translation>
    </message>
    <message>
        <source>Campaign journal file</source>
        <translation>Journaldatei der Kampagne</translation>
    </message>
    <message>
        <source>Recipient’s Matrix ID</source>
        <translation>Matrix-ID des Empfängers</translation>
    </message>
    <message>
        <source>Recipients, one Matrix ID a line</source>
        <translation>Empfänger, eine Matrix-ID pro Zeile</translation>
    </message>
    <message>
        <source>File of recipients</source>
        <translation>Datei mit Empfängern</translation>
    </message>
</context>
<context>
    <name>nb::CreateRoomPanel</name>
    <message>
        <source>Allow the user to archive it</source>
        <translation>Dem Benutzer das Archivieren erlauben</translation>
    </message>
    <message>
        <source>Create room</source>
        <translation>Raum anlegen</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Mitteilung ohne Antworten</translation>
    </message>
    <message>
        <source>Notice with replies</source>
        <translation>Mitteilung mit Antworten</translation>
    </message>
    <message>
        <source>Server Notice</source>
        <translation>Server-Mitteilung</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Leave rule &quot;allow&quot;: the user may leave (archive) the room. Otherwise it stays in their inbox.</source>
        <translation>Verlassensregel „allow“: Der Benutzer darf den Raum verlassen (archivieren). Sonst bleibt er in seinem Posteingang.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Invite:</source>
        <translation>Einladen:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Power levels:</source>
        <translation>Berechtigungsstufen:</translation>
    </message>
    <message>
        <source>Overrides merge over the preset&apos;s levels. Keys: events_default, state_default, users_default, ban, kick, invite, redact, users.@id:server, events.m.room.topic, notifications.room</source>
        <translation>Abweichungen überschreiben die Stufen der Vorlage. Schlüssel: events_default, state_default, users_default, ban, kick, invite, redact, users.@id:server, events.m.room.topic, notifications.room</translation>
    </message>
    <message>
        <source>Request (sent exactly as shown)</source>
        <translation>Anfrage (wird genau so gesendet)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt …</translation>
    </message>
    <message>
        <source>Room ID: %1</source>
        <translation>Raum-ID: %1</translation>
    </message>
    <message>
        <source>Notice room created; %1 is invited. Write to it and follow it under &quot;Sent notices&quot;.</source>
        <translation>Mitteilungsraum angelegt; %1 ist eingeladen. Schreiben Sie hinein und verfolgen Sie ihn unter „Gesendete Mitteilungen“.</translation>
    </message>
</context>
<context>
    <name>nb::DeliveryRunner</name>
    <message>
        <source>Recalled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Usage-limit notices are still being sent (%1 of %2 done); the rest would not be sent.</source>
        <translation>Nutzungsgrenzen-Mitteilungen werden noch gesendet (%1 von %2 erledigt); der Rest würde nicht gesendet.</translation>
    </message>
    <message>
        <source>A %1 is starting; nothing has been sent yet.</source>
        <translation>%1 beginnt; noch wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>A %1 is still running: %2 of %3 done. The rest waits until you resume it from its journal %4 (nobody gets a notice twice).</source>
        <translation>%1 läuft noch: %2 von %3 erledigt. Der Rest wartet, bis Sie ihn aus dem Journal %4 fortsetzen (niemand erhält eine Mitteilung zweimal).</translation>
    </message>
    <message>
        <source>Checking the recipients…</source>
        <translation>Die Empfänger werden geprüft …</translation>
    </message>
    <message>
        <source>Reading the journal %1…</source>
        <translation>Das Journal %1 wird gelesen …</translation>
    </message>
    <message>
        <source>
Nothing was sent.</source>
        <translation>
Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Recalling the notices of</source>
        <translation>Die Mitteilungen werden zurückgezogen von</translation>
    </message>
    <message>
        <source>Correcting the notices of</source>
        <translation>Die Mitteilungen werden korrigiert von</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>%1 the campaign in %2 (%3 recipients).</source>
        <translation>%1: die Kampagne in %2 (%3 Empfänger).</translation>
    </message>
    <message>
        <source>Found %1 new account(s) since its last run.</source>
        <translation>%1 neue(s) Konto/Konten seit dem letzten Lauf gefunden.</translation>
    </message>
    <message>
        <source>%1 to go: %2 at the server&apos;s pace — %3.</source>
        <translation>%1 ausstehend: %2 im Tempo des Servers – %3.</translation>
    </message>
    <message>
        <source>%1 %2, failed %3, skipped %4 of %5.</source>
        <translation>%1 %2, fehlgeschlagen %3, übersprungen %4 von %5.</translation>
    </message>
    <message>
        <source> %1 not sent yet: press Resume and choose %2 to finish.</source>
        <translation> %1 noch nicht gesendet: Drücken Sie „Fortsetzen“ und wählen Sie %2, um abzuschließen.</translation>
    </message>
    <message>
        <source> %1 not done yet: run the %2 again to finish it (nobody gets it twice).</source>
        <translation> %1 noch nicht erledigt: Führen Sie %2 erneut aus, um es abzuschließen (niemand erhält es zweimal).</translation>
    </message>
    <message>
        <source>Stopping: requests already sent finish and are recorded…</source>
        <translation>Wird angehalten: Bereits gesendete Anfragen werden abgeschlossen und aufgezeichnet …</translation>
    </message>
    <message>
        <source>The server could not be asked about the recipients: %1</source>
        <translation>Der Server konnte nicht zu den Empfängern befragt werden: %1</translation>
    </message>
    <message>
        <source>No recipients.</source>
        <translation>Keine Empfänger.</translation>
    </message>
    <message>
        <source>Some recipients cannot get a notice; nothing was sent.
%1</source>
        <translation>Einige Empfänger können keine Mitteilung erhalten; nichts wurde gesendet.
%1</translation>
    </message>
    <message>
        <source>Usage-limit notice unpinned for</source>
        <translation>Nutzungsgrenzen-Mitteilung losgelöst für</translation>
    </message>
    <message>
        <source>Usage-limit notice sent and pinned for</source>
        <translation>Nutzungsgrenzen-Mitteilung gesendet und angeheftet für</translation>
    </message>
    <message>
        <source> Cancelled before %1 recipient(s).</source>
        <translation> Vor %1 Empfänger(n) abgebrochen.</translation>
    </message>
    <message>
        <source>%1 usage-limit notice(s) unpinned</source>
        <translation>%1 Nutzungsgrenzen-Mitteilung(en) losgelöst</translation>
    </message>
    <message>
        <source>Unpinning the usage-limit notice for %1…</source>
        <translation>Die Nutzungsgrenzen-Mitteilung für %1 wird losgelöst …</translation>
    </message>
    <message>
        <source>Sending the usage-limit notice to %1…</source>
        <translation>Die Nutzungsgrenzen-Mitteilung wird an %1 gesendet …</translation>
    </message>
    <message>
        <source>Checking the account %1…</source>
        <translation>Das Konto %1 wird geprüft …</translation>
    </message>
    <message>
        <source>Not sent: the account could not be checked first (%1).</source>
        <translation>Nicht gesendet: Das Konto konnte vorher nicht geprüft werden (%1).</translation>
    </message>
</context>
<context>
    <name>nb::DeliveryView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen …</translation>
    </message>
    <message>
        <source>Reopen a campaign journal and deliver to everyone it does not record as done. Nobody gets a notice twice.</source>
        <translation>Ein Kampagnen-Journal wieder öffnen und allen zustellen, die es nicht als erledigt verzeichnet. Niemand erhält eine Mitteilung zweimal.</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>Noch keine Zustellung</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <source>%v of %m done · %1</source>
        <translation>%v von %m erledigt · %1</translation>
    </message>
    <message>
        <source>Resume a campaign</source>
        <translation>Eine Kampagne fortsetzen</translation>
    </message>
    <message>
        <source>Campaign journals (*.journal *.jsonl);;All files (*)</source>
        <translation>Kampagnen-Journale (*.journal *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recipients and their delivery</source>
        <translation>Empfänger und ihre Zustellung</translation>
    </message>
</context>
<context>
    <name>nb::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>nb::InboxDelegate</name>
    <message>
        <source>Unverified invitation</source>
        <translation>Nicht bestätigte Einladung</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>: not confirmed as sent by your server</source>
        <translation>: nicht als von Ihrem Server gesendet bestätigt</translation>
    </message>
    <message>
        <source>New notice from your server</source>
        <translation>Neue Mitteilung von Ihrem Server</translation>
    </message>
    <message>
        <source>From your server</source>
        <translation>Von Ihrem Server</translation>
    </message>
    <message>
        <source>From your server · %1</source>
        <translation>Von Ihrem Server · %1</translation>
    </message>
</context>
<context>
    <name>nb::InboxView</name>
    <message>
        <source>Notices</source>
        <translation>Mitteilungen</translation>
    </message>
</context>
<context>
    <name>nb::LoginWindow</name>
    <message>
        <source>Use a homeserver address instead</source>
        <translation>Stattdessen eine Homeserver-Adresse verwenden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log in – Noticeboard</source>
        <translation>Anmelden – Noticeboard</translation>
    </message>
    <message>
        <source>Log in to read the notices your Matrix server sends you.</source>
        <translation>Melden Sie sich an, um die Mitteilungen zu lesen, die Ihr Matrix-Server Ihnen sendet.</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Matrix ID</source>
        <translation>Matrix-ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Login refused.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Anmeldung abgelehnt.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>nb::MainWindow</name>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Noticeboard</source>
        <translation>&amp;Noticeboard</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 now?</source>
        <translation>Jetzt %1?</translation>
    </message>
    <message>
        <source>%1 anyway?</source>
        <translation>Trotzdem %1?</translation>
    </message>
    <message>
        <source>%1 anyway</source>
        <translation>Trotzdem %1</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Noticeboard is still running</source>
        <translation>Noticeboard läuft weiter</translation>
    </message>
    <message>
        <source>New notices still reach you while the window is closed. To quit, choose Quit in the Noticeboard icon’s menu. You can turn this off in Settings.</source>
        <translation>Neue Mitteilungen erreichen Sie weiterhin, solange das Fenster geschlossen ist. Zum Beenden wählen Sie „Beenden“ im Menü des Noticeboard-Symbols. Sie können das in den Einstellungen abschalten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select a notice on the left to read it.</source>
        <translation>Wählen Sie links eine Mitteilung, um sie zu lesen.</translation>
    </message>
    <message>
        <source>No notices from your server. When it sends one, it appears here.</source>
        <translation>Keine Mitteilungen von Ihrem Server. Sendet er eine, erscheint sie hier.</translation>
    </message>
    <message>
        <source>Fetching your notices…</source>
        <translation>Ihre Mitteilungen werden abgerufen …</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Start at login could not be %1. %2</source>
        <translation>Der Start bei der Anmeldung konnte nicht %1 werden. %2</translation>
    </message>
    <message>
        <source>turned on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>Unverified: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>nb::MatrixError</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Der Server hat diese Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Your session has ended (signed out or expired). Please log in again.</source>
        <translation>Ihre Sitzung ist beendet (abgemeldet oder abgelaufen). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Dieses Konto wurde deaktiviert.</translation>
    </message>
    <message>
        <source>This account has been locked by the server&apos;s administrators.</source>
        <translation>Dieses Konto wurde von den Administratoren des Servers blockiert.</translation>
    </message>
    <message>
        <source>This account is suspended: the server refuses what it sends.</source>
        <translation>Dieses Konto ist gesperrt: Der Server lehnt ab, was es sendet.</translation>
    </message>
    <message>
        <source>The server asks you to accept its terms of service first.</source>
        <translation>Der Server bittet Sie, zuerst seinen Nutzungsbedingungen zuzustimmen.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests; try again in %1 s.</source>
        <translation>Der Server begrenzt die Anfragen; versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests; try again in about %1 min.</source>
        <translation>Der Server begrenzt die Anfragen; versuchen Sie es in etwa %1 min erneut.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests; try again shortly.</source>
        <translation>Der Server begrenzt die Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server has reached a usage limit and refused the request.</source>
        <translation>Der Server hat eine Nutzungsgrenze erreicht und die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Your server does not let you leave or decline its notice room.</source>
        <translation>Ihr Server lässt Sie seinen Mitteilungsraum weder verlassen noch ablehnen.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Der Server hat das Angefragte nicht gefunden.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s contents.</source>
        <translation>Der Server hat den Inhalt der Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server does not support this request.</source>
        <translation>Der Server unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Der Server hatte ein internes Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source> Server said: “%1” (%2).</source>
        <translation> Der Server sagte: „%1“ (%2).</translation>
    </message>
</context>
<context>
    <name>nb::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>nb::NoticeBrowser</name>
    <message>
        <source>Notices in this room</source>
        <translation>Mitteilungen in diesem Raum</translation>
    </message>
    <message>
        <source>&lt;img src=&quot;%1&quot; width=&quot;14&quot; height=&quot;14&quot;&gt; &lt;span class=&quot;pinned&quot;&gt;Pinned&lt;/span&gt; &amp;nbsp; </source>
        <translation>&lt;img src=&quot;%1&quot; width=&quot;14&quot; height=&quot;14&quot;&gt; &lt;span class=&quot;pinned&quot;&gt;Angeheftet&lt;/span&gt; &amp;nbsp; </translation>
    </message>
    <message>
        <source>&lt;span class=&quot;mine&quot;&gt;Your reply&lt;/span&gt; &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span class=&quot;mine&quot;&gt;Ihre Antwort&lt;/span&gt; &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;reply&quot;&gt;Reply from&lt;/span&gt; %1 &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;span class=&quot;reply&quot;&gt;Antwort von&lt;/span&gt; %1 &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;meta&quot;&gt;(edited)&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;meta&quot;&gt;(bearbeitet)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Withdrawn by your server</source>
        <translation>Von Ihrem Server zurückgezogen</translation>
    </message>
    <message>
        <source>Withdrawn by its sender</source>
        <translation>Vom Absender zurückgezogen</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;history&quot;&gt;Loading notices from your server…&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;history&quot;&gt;Mitteilungen werden von Ihrem Server geladen …&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;history&quot;&gt;&lt;a href=&quot;%1&quot;&gt;Load older notices&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;history&quot;&gt;&lt;a href=&quot;%1&quot;&gt;Ältere Mitteilungen laden&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Zurückgezogen von %1</translation>
    </message>
    <message>
        <source>Message deleted by %1</source>
        <translation>Nachricht gelöscht von %1</translation>
    </message>
</context>
<context>
    <name>nb::NoticeHeader</name>
    <message>
        <source>Official notice from your server</source>
        <translation>Offizielle Mitteilung Ihres Servers</translation>
    </message>
    <message>
        <source>Official notice from your server (%1)</source>
        <translation>Offizielle Mitteilung Ihres Servers (%1)</translation>
    </message>
    <message>
        <source>Not verified as sent by your server.</source>
        <translation>Nicht als von Ihrem Server gesendet bestätigt.</translation>
    </message>
    <message>
        <source> Treat links and requests in it with suspicion.</source>
        <translation> Seien Sie bei Links und Aufforderungen darin misstrauisch.</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Offiziell</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>nb::NoticeMenu</name>
    <message>
        <source>No&amp;tice</source>
        <translation>&amp;Mitteilung</translation>
    </message>
    <message>
        <source>&amp;Next notice</source>
        <translation>&amp;Nächste Mitteilung</translation>
    </message>
    <message>
        <source>&amp;Previous notice</source>
        <translation>&amp;Vorige Mitteilung</translation>
    </message>
    <message>
        <source>Go to the &amp;inbox</source>
        <translation>Zum &amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
</context>
<context>
    <name>nb::NoticeRoomListModel</name>
    <message>
        <source>Server Notices</source>
        <translation>Server-Mitteilungen</translation>
    </message>
    <message>
        <source>Server Notice</source>
        <translation>Server-Mitteilung</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>Von %1 (%2)</translation>
    </message>
    <message>
        <source>Not verified as sent by your server. %1</source>
        <translation>Nicht als von Ihrem Server gesendet bestätigt. %1</translation>
    </message>
    <message>
        <source>Official notice from your server</source>
        <translation>Offizielle Mitteilung Ihres Servers</translation>
    </message>
    <message>
        <source>Unverified, not confirmed as sent by your server: %1</source>
        <translation>Nicht bestätigt, nicht als von Ihrem Server gesendet bestätigt: %1</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>noch nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 ungelesen</translation>
    </message>
    <message>
        <source>no unread notices</source>
        <translation>keine ungelesenen Mitteilungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>nb::NoticeService</name>
    <message>
        <source>Your settings in %1 were damaged and could not be read, so Noticeboard uses its defaults (the damaged file is kept as %2).</source>
        <translation>Ihre Einstellungen in %1 waren beschädigt und konnten nicht gelesen werden, daher verwendet Noticeboard seine Voreinstellungen (die beschädigte Datei bleibt als %2 erhalten).</translation>
    </message>
    <message>
        <source>Part of your settings in %1 could not be read and was left out.</source>
        <translation>Ein Teil Ihrer Einstellungen in %1 konnte nicht gelesen werden und wurde ausgelassen.</translation>
    </message>
    <message>
        <source> Contact: %1</source>
        <translation> Kontakt: %1</translation>
    </message>
    <message>
        <source> Terms of service: %1</source>
        <translation> Nutzungsbedingungen: %1</translation>
    </message>
    <message>
        <source>The server ended this session. Please log in again.</source>
        <translation>Der Server hat diese Sitzung beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not logged in. Log in first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The saved session of %1 has no access token. Log in again.</source>
        <translation>Die gespeicherte Sitzung von %1 hat kein Zugriffstoken. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The access token of %1 cannot be read: %2 Log in again.</source>
        <translation>Das Zugriffstoken von %1 kann nicht gelesen werden: %2 Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Enter a Matrix ID (@name:example.org), or a homeserver address and a user name.</source>
        <translation>Geben Sie eine Matrix-ID (@name:example.org) ein oder eine Homeserver-Adresse und einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>Anmelden nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not find the homeserver for “%1”.</source>
        <translation>Der Homeserver für „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Login failed: %1 %2</source>
        <translation>Anmeldung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Contact them to ask why, and try again once it is unlocked.</source>
        <translation>Fragen Sie sie nach dem Grund und versuchen Sie es erneut, sobald es entsperrt ist.</translation>
    </message>
    <message>
        <source>Logged in, but the session could not be saved: %1</source>
        <translation>Angemeldet, aber die Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Logged in, but the access token could not be saved: %1</source>
        <translation>Angemeldet, aber das Zugriffstoken konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Logged in as %1. Your access token is stored in %2.</source>
        <translation>Angemeldet als %1. Ihr Zugriffstoken wird gespeichert in %2.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Removed the saved session; you are logged out.</source>
        <translation>Die gespeicherte Sitzung wurde entfernt; Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Logged out %1.</source>
        <translation>%1 abgemeldet.</translation>
    </message>
    <message>
        <source>Logged out locally, but the server could not be told:</source>
        <translation>Lokal abgemeldet, aber der Server konnte nicht benachrichtigt werden:</translation>
    </message>
    <message>
        <source>The access token could not be removed from %1: %2</source>
        <translation>Das Zugriffstoken konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>Your server does not allow this notice to be declined or left. Notices from your server stay in your inbox until the server allows archiving.</source>
        <translation>Ihr Server erlaubt nicht, diese Mitteilung abzulehnen oder zu verlassen. Mitteilungen Ihres Servers bleiben in Ihrem Posteingang, bis der Server das Archivieren erlaubt.</translation>
    </message>
    <message>
        <source>There is no notice room %1 in your inbox.</source>
        <translation>In Ihrem Posteingang gibt es keinen Mitteilungsraum %1.</translation>
    </message>
    <message>
        <source>Could not open the notice.</source>
        <translation>Die Mitteilung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Notice opened.</source>
        <translation>Mitteilung geöffnet.</translation>
    </message>
    <message>
        <source>Could not archive the notice.</source>
        <translation>Die Mitteilung konnte nicht archiviert werden.</translation>
    </message>
    <message>
        <source>Notice archived.</source>
        <translation>Mitteilung archiviert.</translation>
    </message>
    <message>
        <source>Could not decline the invitation.</source>
        <translation>Die Einladung konnte nicht abgelehnt werden.</translation>
    </message>
    <message>
        <source>Invitation declined.</source>
        <translation>Einladung abgelehnt.</translation>
    </message>
    <message>
        <source>Could not delete the notice.</source>
        <translation>Die Mitteilung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Notice deleted.</source>
        <translation>Mitteilung gelöscht.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>Could not send the reply.</source>
        <translation>Die Antwort konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Antwort gesendet.</translation>
    </message>
    <message>
        <source>Nothing new to mark as read.</source>
        <translation>Nichts Neues als gelesen zu markieren.</translation>
    </message>
    <message>
        <source>Could not mark the notice as read.</source>
        <translation>Die Mitteilung konnte nicht als gelesen markiert werden.</translation>
    </message>
    <message>
        <source>Marked as read.</source>
        <translation>Als gelesen markiert.</translation>
    </message>
    <message>
        <source>Marked as read (privately: the sender is not told).</source>
        <translation>Als gelesen markiert (privat: Der Absender erfährt es nicht).</translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation>Server-Mitteilung</translation>
    </message>
    <message>
        <source>New notice from your server</source>
        <translation>Neue Mitteilung von Ihrem Server</translation>
    </message>
    <message>
        <source>Could not update the notices.</source>
        <translation>Die Mitteilungen konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The saved notices in %1 could not be used (%2); they are fetched again from the server.</source>
        <translation>Die gespeicherten Mitteilungen in %1 konnten nicht verwendet werden (%2); sie werden erneut vom Server geholt.</translation>
    </message>
    <message>
        <source>Part of the saved notices in %1 could not be read; they are fetched again from the server.</source>
        <translation>Ein Teil der gespeicherten Mitteilungen in %1 konnte nicht gelesen werden; sie werden erneut vom Server geholt.</translation>
    </message>
    <message>
        <source>its store</source>
        <translation>seinem Speicher</translation>
    </message>
    <message>
        <source>Your settings are not used until it is removed.</source>
        <translation>Ihre Einstellungen werden erst wieder verwendet, wenn es entfernt ist.</translation>
    </message>
    <message>
        <source>Your notices are fetched again from the server and saved anew.</source>
        <translation>Ihre Mitteilungen werden erneut vom Server geholt und neu gespeichert.</translation>
    </message>
    <message>
        <source>Your notices are fetched again from the server, but cannot be saved until it is removed: until then, every start fetches them all again.</source>
        <translation>Ihre Mitteilungen werden erneut vom Server geholt, können aber erst gespeichert werden, wenn es entfernt ist: Bis dahin holt jeder Start sie alle erneut.</translation>
    </message>
</context>
<context>
    <name>nb::NoticeView</name>
    <message>
        <source>Open notice</source>
        <translation>Mitteilung öffnen</translation>
    </message>
    <message>
        <source>Read this notice from your server</source>
        <translation>Diese Mitteilung Ihres Servers lesen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Join this room. It is not verified as coming from your server.</source>
        <translation>Diesem Raum beitreten. Er ist nicht als von Ihrem Server stammend bestätigt.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decline this invitation; the room leaves your inbox</source>
        <translation>Diese Einladung ablehnen; der Raum verschwindet aus Ihrem Posteingang</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Move this notice to Archived</source>
        <translation>Diese Mitteilung ins Archiv verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove this archived notice from your inbox for good</source>
        <translation>Diese archivierte Mitteilung endgültig aus Ihrem Posteingang entfernen</translation>
    </message>
    <message>
        <source>Select a notice on the left to read it.</source>
        <translation>Wählen Sie links eine Mitteilung, um sie zu lesen.</translation>
    </message>
    <message>
        <source>This link was not opened because its kind (%1:) can be unsafe.</source>
        <translation>Dieser Link wurde nicht geöffnet, weil seine Art (%1:) unsicher sein kann.</translation>
    </message>
    <message>
        <source>There are no messages in this notice yet.</source>
        <translation>Diese Mitteilung enthält noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Open the notice to read it.</source>
        <translation>Öffnen Sie die Mitteilung, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Accept the invitation to read its messages, or reject it if you do not trust it.</source>
        <translation>Nehmen Sie die Einladung an, um ihre Nachrichten zu lesen, oder lehnen Sie sie ab, wenn Sie ihr nicht trauen.</translation>
    </message>
    <message>
        <source>Delete notice</source>
        <translation>Mitteilung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? It is removed from your inbox for good and cannot be brought back.</source>
        <translation>„%1“ löschen? Sie wird endgültig aus Ihrem Posteingang entfernt und kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>nb::PowerLevelTable</name>
    <message>
        <source>Add override</source>
        <translation>Abweichung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Keys: events_default, state_default, users_default, ban, kick, invite, redact, users.@someone:server, events.m.room.topic, notifications.room</source>
        <translation>Schlüssel: events_default, state_default, users_default, ban, kick, invite, redact, users.@someone:server, events.m.room.topic, notifications.room</translation>
    </message>
    <message>
        <source>Power level overrides</source>
        <translation>Abweichende Berechtigungsstufen</translation>
    </message>
</context>
<context>
    <name>nb::Profile</name>
    <message>
        <source>The token file %1 is damaged, so the saved access token cannot be read. Log in again.</source>
        <translation>Die Token-Datei %1 ist beschädigt, daher kann das gespeicherte Zugriffstoken nicht gelesen werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The profile %1 is in use by %2. Close it or wait until it has finished, then try again.</source>
        <translation>Das Profil %1 wird von %2 verwendet. Schließen Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot lock the profile %1 (%2 cannot be created).</source>
        <translation>Das Profil %1 kann nicht gesperrt werden (%2 kann nicht angelegt werden).</translation>
    </message>
    <message>
        <source>The saved session in %1 is damaged (%2), so Noticeboard cannot tell who was logged in. Log in again.</source>
        <translation>Die gespeicherte Sitzung in %1 ist beschädigt (%2), daher weiß Noticeboard nicht, wer angemeldet war. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>a file readable only by you: %1</source>
        <translation>einer nur für Sie lesbaren Datei: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Cannot lock the profile %1: %2 is not an ordinary file of yours. Remove it and try again.</source>
        <translation>Das Profil %1 kann nicht gesperrt werden: %2 ist keine gewöhnliche Datei von Ihnen. Entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>nb::ProfileWait</name>
    <message>
        <source>Noticeboard cannot open the profile %1 yet: %2 is using it.

Noticeboard opens by itself as soon as that program has finished. If it does not finish (a command waiting for input in a terminal, or a program that hangs), end it, or choose Quit.</source>
        <translation>Noticeboard kann das Profil %1 noch nicht öffnen: %2 verwendet es.

Noticeboard öffnet sich von selbst, sobald dieses Programm fertig ist. Wird es nicht fertig (ein Befehl, der in einem Terminal auf eine Eingabe wartet, oder ein Programm, das hängt), beenden Sie es oder wählen Sie Beenden.</translation>
    </message>
    <message>
        <source>another Noticeboard program</source>
        <translation>ein anderes Noticeboard-Programm</translation>
    </message>
    <message>
        <source>Noticeboard is waiting for its profile</source>
        <translation>Noticeboard wartet auf sein Profil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>nb::RecipientReportModel</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
</context>
<context>
    <name>nb::ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>To your server&apos;s administrators. Ctrl+Enter sends.</source>
        <translation>An die Administratoren Ihres Servers. Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <source>Write a reply to your server&apos;s administrators (Ctrl+Enter to send)</source>
        <translation>Eine Antwort an die Administratoren Ihres Servers schreiben (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Die Antwort senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>nb::RequestFailure</name>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>diesen Server</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>Could not reach the server at %1%2. Check the address and your network.</source>
        <translation>Der Server unter %1 war nicht erreichbar%2. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not valid for %1: %2. The connection was refused for your safety.</source>
        <translation>Das TLS-Zertifikat des Servers ist für %1 nicht gültig: %2. Die Verbindung wurde zu Ihrer Sicherheit abgelehnt.</translation>
    </message>
    <message>
        <source>the secure connection could not be established</source>
        <translation>die sichere Verbindung konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later; if this keeps happening the server may be overloaded or down.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut; geschieht das immer wieder, ist der Server vielleicht überlastet oder ausgefallen.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer this app cannot use%2. It may not be a Matrix server, or it may be misconfigured.</source>
        <translation>Der Server unter %1 hat eine Antwort gesendet, mit der diese App nichts anfangen kann%2. Vielleicht ist er kein Matrix-Server, oder er ist falsch eingerichtet.</translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is too large%2; it was stopped to protect this app. Tell the server&apos;s administrators.</source>
        <translation>Der Server unter %1 hat eine zu große Antwort gesendet%2; sie wurde zum Schutz dieser App abgebrochen. Sagen Sie es den Administratoren des Servers.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No Matrix server could be found at %1%2. Check the spelling of the server name.</source>
        <translation>Unter %1 wurde kein Matrix-Server gefunden%2. Prüfen Sie die Schreibweise des Servernamens.</translation>
    </message>
    <message>
        <source>that address</source>
        <translation>dieser Adresse</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>nb::RoomRules</name>
    <message>
        <source>This notice is already open.</source>
        <translation>Diese Mitteilung ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Only a notice you have not opened yet can be declined.</source>
        <translation>Nur eine Mitteilung, die Sie noch nicht geöffnet haben, kann abgelehnt werden.</translation>
    </message>
    <message>
        <source>Notices from your server cannot be declined. Open it to read it; you can archive it later if the server allows.</source>
        <translation>Mitteilungen Ihres Servers können nicht abgelehnt werden. Öffnen Sie sie, um sie zu lesen; archivieren können Sie sie später, wenn der Server es erlaubt.</translation>
    </message>
    <message>
        <source>Notices from your server cannot be declined. Open it first; it can be archived once the server allows it.</source>
        <translation>Mitteilungen Ihres Servers können nicht abgelehnt werden. Öffnen Sie sie zuerst; archivieren lässt sie sich, sobald der Server es erlaubt.</translation>
    </message>
    <message>
        <source>This notice is already archived.</source>
        <translation>Diese Mitteilung ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Only archived notices can be deleted. Archive it first.</source>
        <translation>Nur archivierte Mitteilungen können gelöscht werden. Archivieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Open the notice before replying.</source>
        <translation>Öffnen Sie die Mitteilung, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>This notice does not accept replies.</source>
        <translation>Diese Mitteilung nimmt keine Antworten an.</translation>
    </message>
    <message>
        <source>Open the notice first.</source>
        <translation>Öffnen Sie zuerst die Mitteilung.</translation>
    </message>
    <message>
        <source>Your server has not allowed this notice to be archived yet (its leave rule is “deny”).</source>
        <translation>Ihr Server hat noch nicht erlaubt, diese Mitteilung zu archivieren (ihre Verlassensregel ist „deny“).</translation>
    </message>
</context>
<context>
    <name>nb::SafeLinks</name>
    <message>
        <source>It writes an email to:
%1</source>
        <translation>Er schreibt eine E-Mail an:
%1</translation>
    </message>
    <message>
        <source>It opens a page on:
%1

Full address:
%2</source>
        <translation>Er öffnet eine Seite auf:
%1

Vollständige Adresse:
%2</translation>
    </message>
    <message>
        <source>The link shows no text of its own.</source>
        <translation>Der Link zeigt keinen eigenen Text.</translation>
    </message>
    <message>
        <source>Its text says: %1</source>
        <translation>Sein Text lautet: %1</translation>
    </message>
    <message>
        <source>This link does not lead where its text says.

%1

%2

Open it only if you trust this address.</source>
        <translation>Dieser Link führt nicht dorthin, wo sein Text sagt.

%1

%2

Öffnen Sie ihn nur, wenn Sie dieser Adresse vertrauen.</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>nb::SentNoticesPanel</name>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Allow archiving</source>
        <translation>Archivieren erlauben</translation>
    </message>
    <message>
        <source>Deny archiving</source>
        <translation>Archivieren verbieten</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Leave rule</source>
        <translation>Verlassensregel</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>Answer the recipient in this room (plain text)</source>
        <translation>Dem Empfänger in diesem Raum antworten (reiner Text)</translation>
    </message>
    <message>
        <source>Selected room</source>
        <translation>Gewählter Raum</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Server Notice</source>
        <translation>Server-Mitteilung</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Mitteilung ohne Antworten</translation>
    </message>
    <message>
        <source>Notice with replies</source>
        <translation>Mitteilung mit Antworten</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>The recipient wrote last; they are waiting for an answer.</source>
        <translation>Der Empfänger hat zuletzt geschrieben; er wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Select one room to see its messages.</source>
        <translation>Wählen Sie einen Raum, um seine Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, leave rule %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2, Verlassensregel %3</translation>
    </message>
    <message>
        <source>↩ Reply from %1</source>
        <translation>↩ Antwort von %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>may now archive</source>
        <translation>dürfen sie jetzt archivieren</translation>
    </message>
    <message>
        <source>can no longer archive</source>
        <translation>können sie nicht mehr archivieren</translation>
    </message>
    <message>
        <source>Recipients of %1 room(s) %2 them.</source>
        <translation>Die Empfänger von %1 Raum/Räumen %2.</translation>
    </message>
    <message>
        <source>%1 room(s) changed; %2 failed: %3</source>
        <translation>%1 Raum/Räume geändert; %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Antwort gesendet.</translation>
    </message>
    <message>
        <source>Message pinned.</source>
        <translation>Nachricht angeheftet.</translation>
    </message>
    <message>
        <source>Message unpinned.</source>
        <translation>Nachricht losgelöst.</translation>
    </message>
    <message>
        <source>Messages in the selected notice room</source>
        <translation>Nachrichten im ausgewählten Mitteilungsraum</translation>
    </message>
    <message>
        <source>Notice rooms you created</source>
        <translation>Von Ihnen angelegte Mitteilungsräume</translation>
    </message>
    <message>
        <source>Reply to the recipient</source>
        <translation>Antwort an den Empfänger</translation>
    </message>
</context>
<context>
    <name>nb::SettingsDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Open notices from my server without asking</source>
        <translation>Mitteilungen meines Servers ohne Nachfrage öffnen</translation>
    </message>
    <message>
        <source>Settings – Noticeboard</source>
        <translation>Einstellungen – Noticeboard</translation>
    </message>
    <message>
        <source>A notice your server sends can arrive as an invitation. Opened, its text and any usage limit it announces are shown at once. Invitations that are not verified as your server’s are never opened by themselves.</source>
        <translation>Eine Mitteilung Ihres Servers kann als Einladung ankommen. Geöffnet werden ihr Text und jede angekündigte Nutzungsgrenze sofort angezeigt. Einladungen, die nicht als von Ihrem Server stammend bestätigt sind, werden nie von selbst geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted notice senders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vertrauenswürdige Absender von Mitteilungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notice rooms created by these Matrix accounts on your own server are shown as official notices; add only accounts you know your server’s administrators use.</source>
        <translation>Mitteilungsräume, die diese Matrix-Konten auf Ihrem eigenen Server anlegen, werden als offizielle Mitteilungen gezeigt; fügen Sie nur Konten hinzu, von denen Sie wissen, dass die Administratoren Ihres Servers sie verwenden.</translation>
    </message>
    <message>
        <source>Let the senders see when I have read a notice</source>
        <translation>Absender sehen lassen, wann ich eine Mitteilung gelesen habe</translation>
    </message>
    <message>
        <source>When this is off, Noticeboard still marks notices as read for you, but privately: whoever sent them is not told.</source>
        <translation>Ist dies aus, markiert Noticeboard Mitteilungen weiterhin für Sie als gelesen, aber privat: Der Absender erfährt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix ID. It looks like @name:example.org.</source>
        <translation>„%1“ ist keine Matrix-ID. Eine Matrix-ID sieht so aus: @name:example.org.</translation>
    </message>
    <message>
        <source>Trusted notice senders</source>
        <translation>Vertrauenswürdige Absender von Mitteilungen</translation>
    </message>
    <message>
        <source>Matrix ID of a sender to trust</source>
        <translation>Matrix-ID eines vertrauenswürdigen Absenders</translation>
    </message>
</context>
<context>
    <name>nb::StatusText</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Reconnecting… (%1)</source>
        <translation>Verbindung wird wiederhergestellt … (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>nb::TrayNotifier</name>
    <message>
        <source>Open inbox</source>
        <translation>Posteingang öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Noticeboard: </source>
        <translation>Noticeboard: </translation>
    </message>
    <message>
        <source>no unread notices</source>
        <translation>keine ungelesenen Mitteilungen</translation>
    </message>
    <message>
        <source>1 unread notice</source>
        <translation>1 ungelesene Mitteilung</translation>
    </message>
    <message>
        <source>%1 unread notices</source>
        <translation>%1 ungelesene Mitteilungen</translation>
    </message>
    <message>
        <source>
Usage limit reached: %1</source>
        <translation>
Nutzungsgrenze erreicht: %1</translation>
    </message>
    <message>
        <source>New notice from your server</source>
        <translation>Neue Mitteilung von Ihrem Server</translation>
    </message>
</context>
<context>
    <name>nb::Trust</name>
    <message>
        <source>You are not logged in, so the room cannot be checked.</source>
        <translation>Sie sind nicht angemeldet, daher kann der Raum nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The room does not say who created it.</source>
        <translation>Der Raum gibt nicht an, wer ihn angelegt hat.</translation>
    </message>
    <message>
        <source>The room claims %1 created it, but it was created by %2.</source>
        <translation>Der Raum gibt vor, %1 habe ihn angelegt, aber angelegt hat ihn %2.</translation>
    </message>
    <message>
        <source>It was created by %1, who is not on your server.</source>
        <translation>Angelegt hat ihn %1, der nicht auf Ihrem Server ist.</translation>
    </message>
    <message>
        <source>The invitation comes from an unknown sender, who is not on your server.</source>
        <translation>Die Einladung kommt von einem unbekannten Absender, der nicht auf Ihrem Server ist.</translation>
    </message>
    <message>
        <source>The invitation comes from %1, who is not on your server.</source>
        <translation>Die Einladung kommt von %1, der nicht auf Ihrem Server ist.</translation>
    </message>
    <message>
        <source>The room&apos;s m.federate setting is not true or false.</source>
        <translation>Die Einstellung m.federate des Raums ist weder true noch false.</translation>
    </message>
    <message>
        <source>The room is open to other servers, which official notice rooms never are.</source>
        <translation>Der Raum ist für andere Server offen, was offizielle Mitteilungsräume nie sind.</translation>
    </message>
    <message>
        <source>%1 is not a known administrator of your server.</source>
        <translation>%1 ist kein bekannter Administrator Ihres Servers.</translation>
    </message>
    <message>
        <source>The invitation comes from %1, who is not a known administrator of your server.</source>
        <translation>Die Einladung kommt von %1, der kein bekannter Administrator Ihres Servers ist.</translation>
    </message>
</context>
<context>
    <name>nb::UsageLimit</name>
    <message>
        <source>Your server has reached its limit of monthly active users. New sign-ins and some actions are refused until an administrator raises the limit.</source>
        <translation>Ihr Server hat seine Höchstzahl monatlich aktiver Nutzer erreicht. Neue Anmeldungen und einige Aktionen werden abgelehnt, bis ein Administrator die Grenze anhebt.</translation>
    </message>
    <message>
        <source>Your server has been disabled by its administrator. Sign-ins and most actions are refused until it is enabled again.</source>
        <translation>Ihr Server wurde von seinem Administrator deaktiviert. Anmeldungen und die meisten Aktionen werden abgelehnt, bis er wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>Your server has reached a usage limit and is refusing some requests. Contact its administrator for help.</source>
        <translation>Ihr Server hat eine Nutzungsgrenze erreicht und lehnt einige Anfragen ab. Wenden Sie sich an seinen Administrator, um Hilfe zu erhalten.</translation>
    </message>
</context>
<context>
    <name>nb::UsageLimitBanner</name>
    <message>
        <source>Usage limit</source>
        <translation>Nutzungsgrenze</translation>
    </message>
    <message>
        <source>no contact given</source>
        <translation>kein Kontakt angegeben</translation>
    </message>
    <message>
        <source>Contact your server administrator: %1</source>
        <translation>Wenden Sie sich an die Administratoren Ihres Servers: %1</translation>
    </message>
    <message>
        <source>Terms of service: %1</source>
        <translation>Nutzungsbedingungen: %1</translation>
    </message>
    <message>
        <source>The server gave no safe address for its terms; ask its administrators for them.</source>
        <translation>Der Server hat keine sichere Adresse für seine Bedingungen angegeben; fragen Sie seine Administratoren danach.</translation>
    </message>
    <message>
        <source>Your server&apos;s administrators: %1</source>
        <translation>Administratoren Ihres Servers: %1</translation>
    </message>
</context>
<context>
    <name>nb::campaign::CampaignTableModel</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>noticeboard</name>
    <message>
        <source>Server notices from your Matrix homeserver.</source>
        <translation>Server-Mitteilungen Ihres Matrix-Homeservers.</translation>
    </message>
    <message>
        <source>Keep the session and settings in DIR instead of the default place (shared with noticectl).</source>
        <translation>Sitzung und Einstellungen in DIR statt am üblichen Ort aufbewahren (gemeinsam mit noticectl).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (the window opens when there is no tray).</source>
        <translation>In der Systemleiste starten, ohne das Fenster zu öffnen (ohne Systemleiste öffnet sich das Fenster).</translation>
    </message>
</context>
<context>
    <name>noticectl</name>
    <message>
        <source>Run &apos;noticectl help&apos; for the commands.</source>
        <translation>Die Befehle zeigt &apos;noticectl help&apos;.</translation>
    </message>
    <message>
        <source>noticectl - server notices from the command line

Usage: noticectl [--profile DIR] [--json] COMMAND [ARGS]

  login --user USER [--homeserver URL|SERVER_NAME] [--password-stdin]
  logout
  inbox [--json]             your notice rooms and their notices
  status [--json]            the usage limit in force, if any, and what the server says
                             about your account (terms to accept, suspended, locked)
  accept ROOM                open a notice you were invited to
  archive ROOM               leave a notice room (where its leave rule allows)
  reject ROOM                decline an unverified notice invitation
  forget ROOM                delete an archived notice
  read ROOM [--private] [--public]
                             mark a notice room as read; --private: a private receipt, the
                             sender is not told (default: the app&apos;s setting, public unless off)
  reply ROOM TEXT            answer in a notice room that accepts replies

Server administrators:
  admin check                whether you are a server admin ({&quot;admin&quot;: bool})
  admin sent [--json]        the notice rooms you created: recipient, membership, read, leave rule
  room create --preset notice|notice_readonly --invite USER [--name N] [--topic T] [--allow-leave] [--json]
  send ROOM TEXT [--markdown] post a notice; prints the event ID
  pin ROOM EVENT, unpin ROOM EVENT
  leave-rule ROOM allow|deny
  notify (--to USER ... | --to-file F | --all-local-users) --via rooms|server-notices
         [--preset P] [--allow-leave] [--markdown] [--journal FILE] [--lift-rate-limit]
         [--concurrency N] [--json] TEXT
                             the journal records the campaign (default: a new one in the
                             profile&apos;s campaigns folder); the same command with the same
                             --journal resumes it, and a campaign to --all-local-users run
                             again reaches the accounts made since, only them
  campaign list [--json]     past campaigns: delivered, failed, joined, read, replied, archived
  campaign show --journal FILE [--json]   one campaign, per recipient
  campaign recall --journal FILE --reason TEXT [--lift-rate-limit]
                             withdraw every notice the campaign delivered (rooms route)
  campaign correct --journal FILE [--markdown] [--lift-rate-limit] TEXT
                             edit every delivered notice to TEXT (rooms route)
  usage-limit USER --limit-type T [--admin-contact URI] [--clear]

Options a command does not take are refused (exit 2) with the nearest one it does take;
after -- every argument is text, even one that starts with --.

Exit codes: 0 done, 2 usage error (also a named file that is not what it must be),
3 refused by the room&apos;s rules (or not an admin), 4 refused by the server,
5 server unreachable, 6 the profile is in use by the app or another noticectl;
notify and campaign also: 1 journal not writable,
130/143 stopped by SIGINT/SIGTERM (the journal is consistent; rerun to resume).
</source>
        <translation>noticectl – Server-Mitteilungen auf der Kommandozeile

Aufruf: noticectl [--profile DIR] [--json] BEFEHL [ARGUMENTE]

  login --user USER [--homeserver URL|SERVER_NAME] [--password-stdin]
  logout
  inbox [--json]             Ihre Mitteilungsräume und ihre Mitteilungen
  status [--json]            die geltende Nutzungsgrenze, falls eine gilt, und was der Server
                             über Ihr Konto sagt (anzunehmende Bedingungen, gesperrt, blockiert)
  accept ROOM                eine Mitteilung öffnen, zu der Sie eingeladen wurden
  archive ROOM               einen Mitteilungsraum verlassen (wo seine Verlassensregel es erlaubt)
  reject ROOM                eine nicht bestätigte Einladung zu einer Mitteilung ablehnen
  forget ROOM                eine archivierte Mitteilung löschen
  read ROOM [--private] [--public]
                             einen Mitteilungsraum als gelesen markieren; --private: eine private
                             Lesebestätigung, der Absender erfährt es nicht (Vorgabe: die Einstellung
                             der App, öffentlich, außer sie ist aus)
  reply ROOM TEXT            in einem Mitteilungsraum antworten, der Antworten annimmt

Server-Administratoren:
  admin check                ob Sie Server-Administrator sind ({&quot;admin&quot;: bool})
  admin sent [--json]        die Mitteilungsräume, die Sie angelegt haben: Empfänger, Mitgliedschaft,
                             gelesen, Verlassensregel
  room create --preset notice|notice_readonly --invite USER [--name N] [--topic T] [--allow-leave] [--json]
  send ROOM TEXT [--markdown] eine Mitteilung senden; gibt die Ereignis-ID aus
  pin ROOM EVENT, unpin ROOM EVENT
  leave-rule ROOM allow|deny
  notify (--to USER ... | --to-file F | --all-local-users) --via rooms|server-notices
         [--preset P] [--allow-leave] [--markdown] [--journal FILE] [--lift-rate-limit]
         [--concurrency N] [--json] TEXT
                             das Journal zeichnet die Kampagne auf (Vorgabe: ein neues im Ordner
                             „campaigns“ des Profils); derselbe Befehl mit demselben --journal
                             setzt sie fort, und eine Kampagne an --all-local-users erreicht bei
                             erneutem Lauf die seither angelegten Konten, nur diese
  campaign list [--json]     frühere Kampagnen: zugestellt, fehlgeschlagen, beigetreten, gelesen,
                             beantwortet, archiviert
  campaign show --journal FILE [--json]   eine Kampagne, je Empfänger
  campaign recall --journal FILE --reason TEXT [--lift-rate-limit]
                             jede Mitteilung zurückziehen, die die Kampagne zugestellt hat (Weg rooms)
  campaign correct --journal FILE [--markdown] [--lift-rate-limit] TEXT
                             jede zugestellte Mitteilung zu TEXT ändern (Weg rooms)
  usage-limit USER --limit-type T [--admin-contact URI] [--clear]

Optionen, die ein Befehl nicht kennt, werden abgelehnt (Exit-Code 2), mit der ähnlichsten,
die er kennt; nach -- ist jedes Argument Text, auch eines, das mit -- beginnt.

Exit-Codes: 0 erledigt, 2 Aufruffehler (auch eine angegebene Datei, die nicht ist, was sie sein muss),
3 von den Regeln des Raums abgelehnt (oder kein Administrator), 4 vom Server abgelehnt,
5 Server nicht erreichbar, 6 das Profil wird von der App oder einem anderen noticectl benutzt;
notify und campaign außerdem: 1 Journal nicht schreibbar,
130/143 durch SIGINT/SIGTERM angehalten (das Journal ist stimmig; erneut aufrufen zum Fortsetzen).
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.%2</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.%2</translation>
    </message>
    <message>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> Meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source> for &apos;%1&apos;</source>
        <translation> für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown option %1%2.</source>
        <translation>Unbekannte Option %1%2.</translation>
    </message>
    <message>
        <source> Did you mean --%1?</source>
        <translation> Meinten Sie --%1?</translation>
    </message>
    <message>
        <source> It is an option of &apos;%1&apos;.</source>
        <translation> Sie ist eine Option von &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Argument %1 is %2 bytes long; the most noticectl takes is %3.</source>
        <translation>Argument %1 ist %2 Bytes lang; noticectl nimmt höchstens %3.</translation>
    </message>
    <message>
        <source>%1 is not an option: options start with two dashes%2. Text that starts with a dash goes after --.</source>
        <translation>%1 ist keine Option: Optionen beginnen mit zwei Bindestrichen%2. Text, der mit einem Bindestrich beginnt, gehört hinter --.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2; &apos;%3&apos; is one too many.%4</source>
        <translation>&apos;%1&apos; nimmt %2; &apos;%3&apos; ist eines zu viel.%4</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>%1 The server does not list you as an administrator in /.well-known/matrix/support either, so your notice rooms would look unverified to their recipients; &apos;noticectl %2&apos; refused.</source>
        <translation>%1 Der Server führt Sie auch in /.well-known/matrix/support nicht als Administrator, daher sähen Ihre Mitteilungsräume für ihre Empfänger nicht bestätigt aus; &apos;noticectl %2&apos; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 &apos;noticectl %2&apos; is for server administrators only.</source>
        <translation>%1 &apos;noticectl %2&apos; ist nur für Server-Administratoren.</translation>
    </message>
    <message>
        <source>use &apos;admin check&apos; or &apos;admin sent&apos;.</source>
        <translation>verwenden Sie &apos;admin check&apos; oder &apos;admin sent&apos;.</translation>
    </message>
    <message>
        <source>use &apos;room create --preset notice|notice_readonly --invite USER&apos;.</source>
        <translation>verwenden Sie &apos;room create --preset notice|notice_readonly --invite USER&apos;.</translation>
    </message>
    <message>
        <source>--preset must be notice (the recipient may reply) or notice_readonly.</source>
        <translation>--preset muss notice (der Empfänger darf antworten) oder notice_readonly sein.</translation>
    </message>
    <message>
        <source>room create needs exactly one --invite USER (MSC4279: one invitee at creation).</source>
        <translation>room create braucht genau ein --invite USER (MSC4279: ein Eingeladener beim Anlegen).</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix user ID (like @alice:example.org).</source>
        <translation>„%1“ ist keine Matrix-Benutzer-ID (wie @alice:example.org).</translation>
    </message>
    <message>
        <source>send needs ROOM and TEXT.</source>
        <translation>send braucht ROOM und TEXT.</translation>
    </message>
    <message>
        <source>%1 needs ROOM and EVENT.</source>
        <translation>%1 braucht ROOM und EVENT.</translation>
    </message>
    <message>
        <source>use &apos;leave-rule ROOM allow&apos; or &apos;leave-rule ROOM deny&apos;.</source>
        <translation>verwenden Sie &apos;leave-rule ROOM allow&apos; oder &apos;leave-rule ROOM deny&apos;.</translation>
    </message>
    <message>
        <source>usage-limit needs exactly one USER.</source>
        <translation>usage-limit braucht genau einen USER.</translation>
    </message>
    <message>
        <source>usage-limit needs --limit-type T (e.g. monthly_active_user), or --clear.</source>
        <translation>usage-limit braucht --limit-type T (z. B. monthly_active_user) oder --clear.</translation>
    </message>
    <message>
        <source>%1 is not a campaign journal.</source>
        <translation>%1 ist kein Kampagnen-Journal.</translation>
    </message>
    <message>
        <source>Sent by %1: log in as that account to see who joined, read or replied.</source>
        <translation>Gesendet von %1: Melden Sie sich mit diesem Konto an, um zu sehen, wer beigetreten ist, gelesen oder geantwortet hat.</translation>
    </message>
    <message>
        <source>campaign show needs --journal FILE.</source>
        <translation>campaign show braucht --journal FILE.</translation>
    </message>
    <message>
        <source>campaign %1 needs --journal FILE (the campaign&apos;s journal).</source>
        <translation>campaign %1 braucht --journal FILE (das Journal der Kampagne).</translation>
    </message>
    <message>
        <source>campaign recall takes no TEXT; the reason goes in --reason.</source>
        <translation>campaign recall nimmt keinen TEXT; der Grund gehört in --reason.</translation>
    </message>
    <message>
        <source>campaign correct needs the corrected TEXT as one argument (quote it).</source>
        <translation>campaign correct braucht den korrigierten TEXT als ein Argument (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>campaign needs list, show, recall or correct.</source>
        <translation>campaign braucht list, show, recall oder correct.</translation>
    </message>
    <message>
        <source>campaign %1 takes no other arguments.</source>
        <translation>campaign %1 nimmt keine weiteren Argumente.</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>Ihrem Server</translation>
    </message>
    <message>
        <source>its sender</source>
        <translation>seinem Absender</translation>
    </message>
    <message>
        <source>(withdrawn by %1)</source>
        <translation>(zurückgezogen von %1)</translation>
    </message>
    <message>
        <source>(withdrawn by %1: %2)</source>
        <translation>(zurückgezogen von %1: %2)</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source>(the server gave no safe address for them)</source>
        <translation>(der Server nannte keine sichere Adresse dafür)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>(the server gave no safe address to contact)</source>
        <translation>(der Server nannte keine sichere Kontaktadresse)</translation>
    </message>
    <message>
        <source>notify needs the notice TEXT as one argument (quote it).</source>
        <translation>notify braucht den TEXT der Mitteilung als ein Argument (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>notify needs exactly one of --to USER (repeatable), --to-file FILE or --all-local-users.</source>
        <translation>notify braucht genau eines von --to USER (wiederholbar), --to-file FILE oder --all-local-users.</translation>
    </message>
    <message>
        <source>notify needs --via rooms (a notice room per user) or --via server-notices.</source>
        <translation>notify braucht --via rooms (ein Mitteilungsraum je Benutzer) oder --via server-notices.</translation>
    </message>
    <message>
        <source>--journal needs a FILE: it records the delivery, so a rerun resumes it.</source>
        <translation>--journal braucht eine FILE: Es zeichnet die Zustellung auf, damit ein erneuter Aufruf sie fortsetzt.</translation>
    </message>
    <message>
        <source>--preset and --allow-leave are for --via rooms; the server notices room is Synapse&apos;s own.</source>
        <translation>--preset und --allow-leave gelten für --via rooms; der Server-Mitteilungsraum gehört Synapse selbst.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency muss eine Zahl von 1 bis 64 sein.</translation>
    </message>
    <message>
        <source>The recipient list</source>
        <translation>Die Empfängerliste</translation>
    </message>
    <message>
        <source>fix the recipient list; nothing was sent.</source>
        <translation>korrigieren Sie die Empfängerliste; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 needs exactly one ROOM (a room ID from &apos;noticectl inbox&apos;).</source>
        <translation>%1 braucht genau einen ROOM (eine Raum-ID aus &apos;noticectl inbox&apos;).</translation>
    </message>
    <message>
        <source>read takes --private or --public, not both.</source>
        <translation>read nimmt --private oder --public, nicht beides.</translation>
    </message>
    <message>
        <source>--private and --public go with read only.</source>
        <translation>--private und --public gibt es nur bei read.</translation>
    </message>
    <message>
        <source>reply needs ROOM and TEXT.</source>
        <translation>reply braucht ROOM und TEXT.</translation>
    </message>
    <message>
        <source>login needs --user USER (a Matrix ID, or a user name with --homeserver).</source>
        <translation>login braucht --user USER (eine Matrix-ID oder einen Benutzernamen mit --homeserver).</translation>
    </message>
    <message>
        <source>login with a bare user name needs --homeserver URL|SERVER_NAME.</source>
        <translation>login mit einem bloßen Benutzernamen braucht --homeserver URL|SERVER_NAME.</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n Argument</numerusform>
            <numerusform>%n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>invited</source>
        <comment>admin sent: recipient&apos;s membership</comment>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>joined</source>
        <comment>admin sent: recipient&apos;s membership</comment>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>admin sent: recipient&apos;s membership</comment>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>You have not sent any notice rooms.</source>
        <translation>Sie haben keine Mitteilungsräume gesendet.</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>GELESEN</translation>
    </message>
    <message>
        <source>LEAVE</source>
        <translation>VERLASSEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>admin sent: read</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <comment>admin sent: read</comment>
        <translation>nein</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>No notices for %1.</source>
        <translation>Keine Mitteilungen für %1.</translation>
    </message>
    <message>
        <source>TRUST</source>
        <translation>VERTRAUEN</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>UNGELESEN</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>NEUESTE</translation>
    </message>
    <message>
        <source>new</source>
        <comment>inbox table: a notice not opened yet</comment>
        <translation>neu</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>inbox table: state</comment>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>open</source>
        <comment>inbox table: an opened notice</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>official</source>
        <comment>inbox table: trust</comment>
        <translation>offiziell</translation>
    </message>
    <message>
        <source>unverified</source>
        <comment>inbox table: trust</comment>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>warning: not verified as sent by your server: %1</source>
        <translation>Warnung: nicht als von Ihrem Server gesendet bestätigt: %1</translation>
    </message>
    <message>
        <source>Terms of service: %1</source>
        <translation>Nutzungsbedingungen: %1</translation>
    </message>
    <message>
        <source>Your server&apos;s administrators: %1</source>
        <translation>Administratoren Ihres Servers: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>No usage limit is in force.</source>
        <translation>Es gilt keine Nutzungsgrenze.</translation>
    </message>
    <message>
        <source>No usage limit is known yet: a notice from your server has not been opened.</source>
        <translation>Noch ist keine Nutzungsgrenze bekannt: Eine Mitteilung Ihres Servers wurde noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>A notice from your server is waiting in %1; open it with: noticectl accept %1</source>
        <translation>Eine Mitteilung Ihres Servers wartet in %1; öffnen Sie sie mit: noticectl accept %1</translation>
    </message>
    <message>
        <source>A notice from your server is waiting in %1 (%2); open it with: noticectl accept %1</source>
        <translation>Eine Mitteilung Ihres Servers wartet in %1 (%2); öffnen Sie sie mit: noticectl accept %1</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>%1: the server&apos;s rate limits for %2 are still lifted: a run of this campaign was stopped before putting them back. To put them back, resume it (run the stopped notify, recall or correct command again with this --journal), or recall the campaign (campaign recall with this --journal), which also withdraws what it delivered.</source>
        <translation>%1: Die Ratenbegrenzungen des Servers für %2 sind noch aufgehoben: Ein Lauf dieser Kampagne wurde angehalten, bevor sie wiederhergestellt waren. Um sie wiederherzustellen, setzen Sie den Lauf fort (führen Sie den angehaltenen Befehl notify, recall oder correct mit diesem --journal erneut aus) oder ziehen Sie die Kampagne zurück (campaign recall mit diesem --journal), was auch das Zugestellte zurücknimmt.</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 erledigt</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>stopping; requests in flight finish and are recorded (Ctrl-C again to quit at once)</source>
        <translation>wird angehalten; laufende Anfragen werden beendet und festgehalten (nochmals Strg-C, um sofort zu beenden)</translation>
    </message>
    <message>
        <source>%1 recipients: delivered %2, failed %3, pending %4, joined %5, read %6, replied %7, archived %8</source>
        <translation>%1 Empfänger: zugestellt %2, fehlgeschlagen %3, ausstehend %4, beigetreten %5, gelesen %6, geantwortet %7, archiviert %8</translation>
    </message>
    <message>
        <source>, recalled %1</source>
        <translation>, zurückgerufen %1</translation>
    </message>
    <message>
        <source>, corrected %1</source>
        <translation>, korrigiert %1</translation>
    </message>
    <message>
        <source>No campaigns yet (journals are kept in %1).</source>
        <translation>Noch keine Kampagnen (Journale werden in %1 aufbewahrt).</translation>
    </message>
    <message>
        <source>, recalled</source>
        <translation>, zurückgerufen</translation>
    </message>
    <message>
        <source>, corrected</source>
        <translation>, korrigiert</translation>
    </message>
    <message>
        <source>no membership</source>
        <translation>keine Mitgliedschaft</translation>
    </message>
    <message>
        <source>, read</source>
        <translation>, gelesen</translation>
    </message>
    <message>
        <source>, replied</source>
        <translation>, geantwortet</translation>
    </message>
    <message>
        <source>resuming for %1 delivered notice(s), %2 done before</source>
        <translation>wird fortgesetzt für %1 zugestellte Mitteilung(en), %2 bereits erledigt</translation>
    </message>
    <message>
        <source>starting for %1 delivered notice(s), %2 done before</source>
        <translation>beginnt für %1 zugestellte Mitteilung(en), %2 bereits erledigt</translation>
    </message>
    <message>
        <source>; %1 at the server&apos;s pace (%2)</source>
        <translation>; %1 im Tempo des Servers (%2)</translation>
    </message>
    <message>
        <source>withdrawn %1, failed %2</source>
        <translation>zurückgezogen %1, fehlgeschlagen %2</translation>
    </message>
    <message>
        <source>corrected %1, failed %2</source>
        <translation>korrigiert %1, fehlgeschlagen %2</translation>
    </message>
    <message>
        <source>, not yet done %1 (run the same command again to resume)</source>
        <translation>, noch nicht erledigt %1 (führen Sie denselben Befehl erneut aus, um fortzusetzen)</translation>
    </message>
    <message>
        <source>... and %1 more lines that are not Matrix IDs</source>
        <translation>… und %1 weitere Zeilen, die keine Matrix-IDs sind</translation>
    </message>
    <message>
        <source>note: named more than once (one notice each): %1</source>
        <translation>Hinweis: mehrfach genannt (je eine Mitteilung): %1</translation>
    </message>
    <message>
        <source>resuming campaign %1 to %2 recipient(s) via %3; journal %4</source>
        <translation>Kampagne %1 an %2 Empfänger über %3 wird fortgesetzt; Journal %4</translation>
    </message>
    <message>
        <source>starting campaign %1 to %2 recipient(s) via %3; journal %4</source>
        <translation>Kampagne %1 an %2 Empfänger über %3 beginnt; Journal %4</translation>
    </message>
    <message>
        <source>%1 new account(s) since the last run</source>
        <translation>%1 neue(s) Konto/Konten seit dem letzten Lauf</translation>
    </message>
    <message>
        <source>%1 to go, %2 at the server&apos;s pace (%3)</source>
        <translation>noch %1, %2 im Tempo des Servers (%3)</translation>
    </message>
    <message>
        <source>hint: --lift-rate-limit exempts your account from the server&apos;s rate limits while this runs (your current setting is put back afterwards)</source>
        <translation>Tipp: --lift-rate-limit nimmt Ihr Konto während dieses Laufs von der Ratenbegrenzung des Servers aus (Ihre jetzige Einstellung wird danach wiederhergestellt)</translation>
    </message>
    <message>
        <source>sent %1, failed %2, skipped %3</source>
        <translation>gesendet %1, fehlgeschlagen %2, übersprungen %3</translation>
    </message>
    <message>
        <source>, not yet sent %1 (run again with --journal %2 to resume)</source>
        <translation>, noch nicht gesendet %1 (erneut mit --journal %2 ausführen, um fortzusetzen)</translation>
    </message>
    <message>
        <source>Whether a usage limit is in force is not known: the server did not let this account read its notices.</source>
        <translation>Ob eine Nutzungsgrenze gilt, ist nicht bekannt: Der Server hat dieses Konto seine Mitteilungen nicht lesen lassen.</translation>
    </message>
</context>
</TS>
