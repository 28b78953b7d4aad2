<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>nb::AccountState</name>
    <message>
        <source>Your server asks you to accept its terms of service. Until you do, it refuses replies and other messages from this account.</source>
        <translation>Votre serveur vous demande d’accepter ses conditions d’utilisation. D’ici là, il refuse les réponses et les autres messages de ce compte.</translation>
    </message>
    <message>
        <source>Your account has been suspended by your server&apos;s administrators. You can still read your notices, but the server refuses everything you send while it is suspended: replies, appeals included, and accepting new notices.</source>
        <translation>Votre compte a été suspendu par les administrateurs de votre serveur. Vous pouvez encore lire vos avis, mais tant que la suspension dure, le serveur refuse tout ce que vous envoyez : les réponses, recours compris, et l’acceptation de nouveaux avis.</translation>
    </message>
    <message>
        <source>Your account has been locked by your server&apos;s administrators. The server refuses every request from it, so no new notices arrive.</source>
        <translation>Votre compte a été verrouillé par les administrateurs de votre serveur. Le serveur refuse toutes ses requêtes, aucun nouvel avis n’arrive donc.</translation>
    </message>
    <message>
        <source>This account has been deactivated by your server&apos;s administrators and can no longer sign in.</source>
        <translation>Ce compte a été désactivé par les administrateurs de votre serveur et ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Open the terms, read them and accept them; then try again.</source>
        <translation>Ouvrez les conditions, lisez-les et acceptez-les ; puis réessayez.</translation>
    </message>
    <message>
        <source>To appeal, contact your server&apos;s administrators another way, for example by email or on their support page.</source>
        <translation>Pour faire recours, contactez les administrateurs de votre serveur par un autre moyen, par exemple par e-mail ou sur leur page d’assistance.</translation>
    </message>
    <message>
        <source>You stay signed in: Noticeboard keeps trying and picks up again as soon as the administrators unlock the account. Contact them to ask why.</source>
        <translation>Vous restez connecté : Noticeboard continue d’essayer et reprend dès que les administrateurs déverrouillent le compte. Contactez-les pour savoir pourquoi.</translation>
    </message>
    <message>
        <source>Contact your server&apos;s administrators if you think this is a mistake.</source>
        <translation>Contactez les administrateurs de votre serveur si vous pensez qu’il s’agit d’une erreur.</translation>
    </message>
</context>
<context>
    <name>nb::AdminArea</name>
    <message>
        <source>Create notice room</source>
        <translation>Créer un salon d’avis</translation>
    </message>
    <message>
        <source>Compose and deliver</source>
        <translation>Rédiger et livrer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Sent notices</source>
        <translation>Avis envoyés</translation>
    </message>
    <message>
        <source>Sent notices (%1 awaiting answer)</source>
        <translation>Avis envoyés (%1 en attente de réponse)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Admin (%1)</source>
        <translation>Administration (%1)</translation>
    </message>
    <message>
        <source>Admin console sections</source>
        <translation>Sections de la console d’administration</translation>
    </message>
    <message>
        <source>Notices or admin console</source>
        <translation>Avis ou console d’administration</translation>
    </message>
</context>
<context>
    <name>nb::AdminService</name>
    <message>
        <source>Could not find the server notices room of %1.</source>
        <translation>Impossible de trouver le salon des avis du serveur de %1.</translation>
    </message>
    <message>
        <source>You are not a server administrator of %1.</source>
        <translation>Vous n’êtes pas administrateur du serveur %1.</translation>
    </message>
    <message>
        <source>%1 does not offer the Synapse admin API, so whether you are an administrator cannot be checked and the server notices room cannot be used. Notice rooms (MSC4279) still work through the ordinary client API.</source>
        <translation>%1 n’offre pas l’API d’administration de Synapse : on ne peut donc pas vérifier si vous êtes administrateur, et le salon des avis du serveur ne peut pas être utilisé. Les salons d’avis (MSC4279) fonctionnent toujours par l’API client ordinaire.</translation>
    </message>
    <message>
        <source>Could not check whether you are a server administrator.</source>
        <translation>Impossible de vérifier si vous êtes administrateur du serveur.</translation>
    </message>
    <message>
        <source>Could not list your notice rooms.</source>
        <translation>Impossible de lister vos salons d’avis.</translation>
    </message>
    <message>
        <source>You have not sent any notice rooms.</source>
        <translation>Vous n’avez envoyé aucun salon d’avis.</translation>
    </message>
    <message>
        <source>Not logged in. Log in first.</source>
        <translation>Non connecté. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix user ID (like @alice:example.org).</source>
        <translation>« %1 » n’est pas un identifiant d’utilisateur Matrix (comme @alice:example.org).</translation>
    </message>
    <message>
        <source>A notice room is for someone else; you cannot invite yourself.</source>
        <translation>Un salon d’avis est pour quelqu’un d’autre ; vous ne pouvez pas vous inviter vous-même.</translation>
    </message>
    <message>
        <source>Could not create the notice room.</source>
        <translation>Impossible de créer le salon d’avis.</translation>
    </message>
    <message>
        <source>Notice room created.</source>
        <translation>Salon d’avis créé.</translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation>L’avis est vide.</translation>
    </message>
    <message>
        <source>Could not send the notice.</source>
        <translation>Impossible d’envoyer l’avis.</translation>
    </message>
    <message>
        <source>Notice sent.</source>
        <translation>Avis envoyé.</translation>
    </message>
    <message>
        <source>Could not read the pinned notices.</source>
        <translation>Impossible de lire les avis épinglés.</translation>
    </message>
    <message>
        <source>That notice is already pinned.</source>
        <translation>Cet avis est déjà épinglé.</translation>
    </message>
    <message>
        <source>That notice was not pinned.</source>
        <translation>Cet avis n’était pas épinglé.</translation>
    </message>
    <message>
        <source>Could not pin the notice.</source>
        <translation>Impossible d’épingler l’avis.</translation>
    </message>
    <message>
        <source>Could not unpin the notice.</source>
        <translation>Impossible de désépingler l’avis.</translation>
    </message>
    <message>
        <source>Notice pinned.</source>
        <translation>Avis épinglé.</translation>
    </message>
    <message>
        <source>Notice unpinned.</source>
        <translation>Avis désépinglé.</translation>
    </message>
    <message>
        <source>Could not read the room&apos;s leave rule.</source>
        <translation>Impossible de lire la règle de départ du salon.</translation>
    </message>
    <message>
        <source>The recipient may now leave the notice room.</source>
        <translation>Le destinataire peut désormais quitter le salon d’avis.</translation>
    </message>
    <message>
        <source>The recipient may no longer leave the notice room.</source>
        <translation>Le destinataire ne peut plus quitter le salon d’avis.</translation>
    </message>
    <message>
        <source>Could not change the leave rule.</source>
        <translation>Impossible de changer la règle de départ.</translation>
    </message>
    <message>
        <source>left or declined the invitation</source>
        <translation>a quitté ou décliné l’invitation</translation>
    </message>
    <message>
        <source>was banned</source>
        <translation>a été banni</translation>
    </message>
    <message>
        <source>is not invited (%1)</source>
        <translation>n’est pas invité (%1)</translation>
    </message>
    <message>
        <source>%1 is on another server; a notice room does not federate, so they could never join it. Nothing was created.</source>
        <translation>%1 est sur un autre serveur ; un salon d’avis ne se fédère pas, cette personne ne pourrait donc jamais le rejoindre. Rien n’a été créé.</translation>
    </message>
    <message>
        <source>There is no user %1 on this server; nothing was created. Check the spelling.</source>
        <translation>Il n’y a pas d’utilisateur %1 sur ce serveur ; rien n’a été créé. Vérifiez l’orthographe.</translation>
    </message>
    <message>
        <source>There is no event %1 in the room %2; nothing was pinned.</source>
        <translation>Il n’y a pas d’événement %1 dans le salon %2 ; rien n’a été épinglé.</translation>
    </message>
    <message>
        <source>Nobody else is in this room, so nobody would read the notice; nothing was sent.</source>
        <translation>Personne d’autre n’est dans ce salon, personne ne lirait donc l’avis ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Nobody would read the notice: %1. Nothing was sent; create a new notice room to reach them.</source>
        <translation>Personne ne lirait l’avis : %1. Rien n’a été envoyé ; créez un nouveau salon d’avis pour joindre cette personne.</translation>
    </message>
    <message>
        <source> This server has no server notices room configured (server_notices in homeserver.yaml).</source>
        <translation> Ce serveur n’a pas de salon des avis du serveur configuré (server_notices dans homeserver.yaml).</translation>
    </message>
    <message>
        <source>%1 is not a user of your server; server notices go to local users only.</source>
        <translation>%1 n’est pas un utilisateur de votre serveur ; les avis du serveur ne vont qu’aux utilisateurs locaux.</translation>
    </message>
    <message>
        <source>A usage-limit notice needs a limit type (e.g. monthly_active_user).</source>
        <translation>Un avis de limite d’utilisation demande un type de limite (p. ex. monthly_active_user).</translation>
    </message>
    <message>
        <source>Could not send the usage-limit notice.</source>
        <translation>Impossible d’envoyer l’avis de limite d’utilisation.</translation>
    </message>
    <message>
        <source>The notice was sent (%1) but could not be pinned.</source>
        <translation>L’avis a été envoyé (%1) mais n’a pas pu être épinglé.</translation>
    </message>
    <message>
        <source>Usage-limit notice sent and pinned.</source>
        <translation>Avis de limite d’utilisation envoyé et épinglé.</translation>
    </message>
    <message>
        <source> Its server notices room could not be told apart.</source>
        <translation> Son salon des avis du serveur n’a pas pu être distingué.</translation>
    </message>
    <message>
        <source>Could not change the pinned notices.</source>
        <translation>Impossible de modifier les avis épinglés.</translation>
    </message>
    <message>
        <source>No usage-limit notice is pinned for %1.</source>
        <translation>Aucun avis de limite d’utilisation n’est épinglé pour %1.</translation>
    </message>
    <message>
        <source>%1 has usage-limit notices pinned in more than one server notices room (%2); the server only lets one of them be changed. Nothing was unpinned.</source>
        <translation>%1 a des avis de limite d’utilisation épinglés dans plus d’un salon des avis du serveur (%2) ; le serveur ne permet d’en modifier qu’un. Rien n’a été désépinglé.</translation>
    </message>
    <message>
        <source>Usage-limit notice unpinned.</source>
        <translation>Avis de limite d’utilisation désépinglé.</translation>
    </message>
    <message>
        <source>The notice is %1 bytes as a Matrix event (with its HTML form, if Markdown); the most a server takes is %2. Shorten it.</source>
        <translation>L’avis fait %1 octets en tant qu’événement Matrix (avec sa forme HTML, si Markdown) ; un serveur en accepte au plus %2. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Enter the Matrix ID of the user to invite (one user, as MSC4279 asks).</source>
        <translation>Saisissez l’identifiant Matrix de l’utilisateur à inviter (un seul, comme le demande MSC4279).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Matrix ID; it looks like @name:server.</source>
        <translation>« %1 » n’est pas un identifiant Matrix ; il ressemble à @nom:serveur.</translation>
    </message>
</context>
<context>
    <name>nb::AppWindows</name>
    <message>
        <source>Not logged in. Log in first.</source>
        <translation>Non connecté. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>You are logged out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
</context>
<context>
    <name>nb::Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The program or profile folder has a line break or control character in its name, which a start-at-login entry cannot hold.</source>
        <translation>Le nom du programme ou du dossier de profil contient un saut de ligne ou un caractère de contrôle, qu’une entrée de démarrage automatique ne peut pas contenir.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>nb::BackgroundSettings</name>
    <message>
        <source>Running in the background</source>
        <translation>En arrière-plan</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Show a desktop notification for each new notice</source>
        <translation>Afficher une notification de bureau pour chaque nouvel avis</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Démarrer à l’ouverture de session, dans la zone de notification</translation>
    </message>
    <message>
        <source>Notices keep arriving while the window is closed. Quit from the Noticeboard menu or the tray icon’s menu.</source>
        <translation>Les avis continuent d’arriver quand la fenêtre est fermée. Quittez depuis le menu Noticeboard ou le menu de l’icône de la zone de notification.</translation>
    </message>
    <message>
        <source>Noticeboard starts when you log in to this computer, without opening its window, so notices reach you from the start.</source>
        <translation>Noticeboard démarre quand vous ouvrez une session sur cet ordinateur, sans ouvrir sa fenêtre, pour que les avis vous parviennent dès le début.</translation>
    </message>
    <message>
        <source>This desktop has no system tray at the moment: closing the window quits Noticeboard.</source>
        <translation>Ce bureau n’a pas de zone de notification pour le moment : fermer la fenêtre quitte Noticeboard.</translation>
    </message>
</context>
<context>
    <name>nb::Campaign</name>
    <message>
        <source>an application service&apos;s account (bridge)</source>
        <translation>le compte d’un service d’application (passerelle)</translation>
    </message>
    <message>
        <source>the account is deactivated</source>
        <translation>le compte est désactivé</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>%1 It kept rate-limiting this recipient; giving up.</source>
        <translation>%1 Le serveur a sans cesse limité le débit pour ce destinataire ; abandon.</translation>
    </message>
    <message>
        <source>The server asks to slow down; waiting %1 s.</source>
        <translation>Le serveur demande de ralentir ; attente de %1 s.</translation>
    </message>
    <message>
        <source>Stopped: %1 Run the same command again to resume.</source>
        <translation>Arrêté : %1 Relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>%1: %2 Retrying in %3 s.</source>
        <translation>%1 : %2 Nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Stopped: %1 Nothing more is sent without a journal.</source>
        <translation>Arrêté : %1 Rien de plus n’est envoyé sans journal.</translation>
    </message>
    <message>
        <source>%1 is not a campaign journal.</source>
        <translation>%1 n’est pas un journal de campagne.</translation>
    </message>
    <message>
        <source>This campaign was sent by %1; log in as %1 to %2 it.</source>
        <translation>Cette campagne a été envoyée par %1 ; connectez-vous en tant que %1 pour la %2.</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappeler</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>corriger</translation>
    </message>
    <message>
        <source>This campaign went through the server notices room. Its notices were sent by the server&apos;s own notices account, whose messages an administrator cannot withdraw or edit. Send a follow-up notice to the same recipients instead.</source>
        <translation>Cette campagne est passée par le salon des avis du serveur. Ses avis ont été envoyés par le compte d’avis du serveur lui-même, dont un administrateur ne peut ni retirer ni modifier les messages. Envoyez plutôt un avis complémentaire aux mêmes destinataires.</translation>
    </message>
    <message>
        <source>This campaign&apos;s recall was started with the reason &quot;%1&quot;; run it again with that reason (or none) to finish it.</source>
        <translation>Le rappel de cette campagne a été lancé avec le motif « %1 » ; relancez-le avec ce motif (ou sans motif) pour le terminer.</translation>
    </message>
    <message>
        <source>Nothing of this campaign has been delivered; there is nothing to recall.</source>
        <translation>Rien de cette campagne n’a été remis ; il n’y a rien à rappeler.</translation>
    </message>
    <message>
        <source>This campaign was recalled; its notices are withdrawn and cannot be corrected.</source>
        <translation>Cette campagne a été rappelée ; ses avis sont retirés et ne peuvent pas être corrigés.</translation>
    </message>
    <message>
        <source>The corrected text is empty.</source>
        <translation>Le texte corrigé est vide.</translation>
    </message>
    <message>
        <source>Nothing of this campaign has been delivered; there is nothing to correct.</source>
        <translation>Rien de cette campagne n’a été remis ; il n’y a rien à corriger.</translation>
    </message>
    <message>
        <source>Lifting rate limits needs the Synapse admin API and a server admin&apos;s account; nothing was sent.</source>
        <translation>Lever les limites de débit demande l’API d’administration de Synapse et un compte d’administrateur du serveur ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>the notice has been withdrawn; an edit would not show</source>
        <translation>l’avis a été retiré ; une modification ne se verrait pas</translation>
    </message>
    <message>
        <source>the journal names event %1, which is not this campaign&apos;s notice to %2 (the journal was changed?); it was left untouched</source>
        <translation>le journal cite l’événement %1, qui n’est pas l’avis de cette campagne à %2 (le journal a-t-il été modifié ?) ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>The journal %1 belongs to a different campaign; what differs: %2. Resume it with the same arguments, or give a new journal file for a new campaign.</source>
        <translation>Le journal %1 appartient à une autre campagne ; ce qui diffère : %2. Reprenez-la avec les mêmes arguments, ou donnez un nouveau fichier journal pour une nouvelle campagne.</translation>
    </message>
    <message>
        <source>Cannot make the campaigns folder %1.</source>
        <translation>Impossible de créer le dossier des campagnes %1.</translation>
    </message>
    <message>
        <source>Listing all local users needs the Synapse admin API, which this server does not offer.</source>
        <translation>Lister tous les utilisateurs locaux demande l’API d’administration de Synapse, que ce serveur n’offre pas.</translation>
    </message>
    <message>
        <source>No recipients were given.</source>
        <translation>Aucun destinataire n’a été donné.</translation>
    </message>
    <message>
        <source>This journal belongs to %1&apos;s campaign; log in as %1 to resume it.</source>
        <translation>Ce journal appartient à la campagne de %1 ; connectez-vous en tant que %1 pour la reprendre.</translation>
    </message>
    <message>
        <source>This campaign was recalled: its notices are withdrawn, and nothing more is delivered.</source>
        <translation>Cette campagne a été rappelée : ses avis sont retirés, et plus rien n’est remis.</translation>
    </message>
    <message>
        <source>Could not list the accounts made since the last run: %1</source>
        <translation>Impossible de lister les comptes créés depuis la dernière exécution : %1</translation>
    </message>
    <message>
        <source>Could not check the recipients: %1</source>
        <translation>Impossible de vérifier les destinataires : %1</translation>
    </message>
    <message>
        <source>%1 of the recipients cannot get a notice from this server; nothing was sent.</source>
        <translation>%1 des destinataires ne peuvent pas recevoir d’avis de ce serveur ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>There is nobody to send to: the server lists no ordinary local users.</source>
        <translation>Il n’y a personne à qui envoyer : le serveur ne liste aucun utilisateur local ordinaire.</translation>
    </message>
    <message>
        <source>Joined, read and replied are not known for the server notices route: those rooms belong to the server&apos;s notices account.</source>
        <translation>Rejoint, lu et répondu ne sont pas connus pour la voie des avis du serveur : ces salons appartiennent au compte d’avis du serveur.</translation>
    </message>
    <message>
        <source>The server could not be asked who joined, read or replied: %1</source>
        <translation>Impossible de demander au serveur qui a rejoint, lu ou répondu : %1</translation>
    </message>
    <message>
        <source>this is your own account; a notice room is for someone else</source>
        <translation>c’est votre propre compte ; un salon d’avis est pour quelqu’un d’autre</translation>
    </message>
    <message>
        <source>created only in part (no invitation); replaced</source>
        <translation>créé seulement en partie (pas d’invitation) ; remplacé</translation>
    </message>
    <message>
        <source>is not in their notice room; nothing more was sent</source>
        <translation>n’est pas dans son salon d’avis ; rien de plus n’a été envoyé</translation>
    </message>
    <message>
        <source>declined or left their notice room (membership: %1); nothing more was sent</source>
        <translation>a décliné ou quitté son salon d’avis (appartenance : %1) ; rien de plus n’a été envoyé</translation>
    </message>
    <message>
        <source>the room&apos;s history since the campaign began is too long to search</source>
        <translation>l’historique du salon depuis le début de la campagne est trop long pour y chercher</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>the route (it was %1)</source>
        <translation>la voie (c’était %1)</translation>
    </message>
    <message>
        <source>the room preset or leave rule</source>
        <translation>le modèle de salon ou la règle de départ</translation>
    </message>
    <message>
        <source>the --markdown choice</source>
        <translation>le choix de --markdown</translation>
    </message>
    <message>
        <source>the kind of recipient list (it was %1)</source>
        <translation>le genre de liste de destinataires (c’était %1)</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>les destinataires</translation>
    </message>
    <message>
        <source>the sender (it was started by %1; log in as that account to resume it)</source>
        <translation>l’expéditeur (elle a été lancée par %1 ; connectez-vous avec ce compte pour la reprendre)</translation>
    </message>
    <message>
        <source>Rate limits are still lifted from the interrupted run; they are put back when this one ends.</source>
        <translation>Les limites de débit sont encore levées depuis l’exécution interrompue ; elles sont rétablies quand celle-ci se termine.</translation>
    </message>
    <message>
        <source>Could not lift the rate limits: %1</source>
        <translation>Impossible de lever les limites de débit : %1</translation>
    </message>
    <message>
        <source>Could not read your account&apos;s rate limits: %1</source>
        <translation>Impossible de lire les limites de débit de votre compte : %1</translation>
    </message>
    <message>
        <source>Your account has no rate limit already; nothing to lift.</source>
        <translation>Votre compte n’a déjà aucune limite de débit ; rien à lever.</translation>
    </message>
    <message>
        <source>Rate limits not lifted: the server&apos;s answer about your account&apos;s rate limits is not understood (%1), so it could not be put back afterwards.</source>
        <translation>Limites de débit non levées : la réponse du serveur sur les limites de votre compte n’est pas comprise (%1), elles ne pourraient donc pas être rétablies ensuite.</translation>
    </message>
    <message>
        <source>Rate limits not lifted: %1</source>
        <translation>Limites de débit non levées : %1</translation>
    </message>
    <message>
        <source>Rate limits lifted for this campaign (previous setting: %1).</source>
        <translation>Limites de débit levées pour cette campagne (réglage précédent : %1).</translation>
    </message>
    <message>
        <source>The journal could not record the rate limits: %1</source>
        <translation>Le journal n’a pas pu enregistrer les limites de débit : %1</translation>
    </message>
    <message>
        <source>Rate limits left as they are (%1): they were changed during the campaign, not by it.</source>
        <translation>Limites de débit laissées telles quelles (%1) : elles ont été modifiées pendant la campagne, pas par elle.</translation>
    </message>
    <message>
        <source>Could not put your account&apos;s rate limits back (%1): %2 They are put back at the next run of this campaign or the next start of Noticeboard.</source>
        <translation>Impossible de rétablir les limites de débit de votre compte (%1) : %2 Elles sont rétablies à la prochaine exécution de cette campagne ou au prochain démarrage de Noticeboard.</translation>
    </message>
    <message>
        <source>Rate limits put back, but the journal could not record it: %1</source>
        <translation>Limites de débit rétablies, mais le journal n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <source>Rate limits put back (%1).</source>
        <translation>Limites de débit rétablies (%1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>%1 actions/s, bursts of %2</source>
        <translation>%1 actions/s, rafales de %2</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1 : </translation>
    </message>
    <message>
        <source>%1“%2” is not a Matrix user ID (like @alice:example.org)</source>
        <translation>%1« %2 » n’est pas un identifiant d’utilisateur Matrix (comme @alice:example.org)</translation>
    </message>
    <message>
        <source>not a Matrix user ID</source>
        <translation>pas un identifiant d’utilisateur Matrix</translation>
    </message>
    <message>
        <source>a user of %1, not of this server (%2); notices go to local users only</source>
        <translation>un utilisateur de %1, pas de ce serveur (%2) ; les avis ne vont qu’aux utilisateurs locaux</translation>
    </message>
    <message>
        <source>no such user on this server</source>
        <translation>cet utilisateur n’existe pas sur ce serveur</translation>
    </message>
    <message>
        <source>its list of users does not end: it gave the page token “%1” again</source>
        <translation>sa liste d’utilisateurs ne finit pas : elle a redonné le jeton de page « %1 »</translation>
    </message>
    <message>
        <source>its list of users does not end: %1 pages in a row listed nobody new</source>
        <translation>sa liste d’utilisateurs ne finit pas : %1 pages de suite n’ont listé personne de nouveau</translation>
    </message>
    <message>
        <source>its list of users does not end: more than %L1 accounts</source>
        <translation>sa liste d’utilisateurs ne finit pas : plus de %L1 comptes</translation>
    </message>
    <message>
        <source>The journal</source>
        <translation>Le journal</translation>
    </message>
    <message>
        <source>The folder %1 for the journal does not exist.</source>
        <translation>Le dossier %1 du journal n’existe pas.</translation>
    </message>
    <message>
        <source>The journal %1 is an empty file. Noticeboard never leaves an empty journal, so this file is not one of its journals and is left as it is; give a new file name (or delete the empty file if you made it).</source>
        <translation>Le journal %1 est un fichier vide. Noticeboard ne laisse jamais de journal vide, ce fichier n’est donc pas l’un de ses journaux et reste tel quel ; donnez un nouveau nom de fichier (ou supprimez le fichier vide si vous l’avez créé).</translation>
    </message>
    <message>
        <source>%1 is %2, far larger than a campaign journal; it is not one and is left as it is.</source>
        <translation>%1 fait %2, bien plus qu’un journal de campagne ; ce n’en est pas un et il reste tel quel.</translation>
    </message>
    <message>
        <source>%1 is not a Noticeboard campaign journal (or one from a newer version) and is left as it is; give a new file name for a new campaign.</source>
        <translation>%1 n’est pas un journal de campagne de Noticeboard (ou vient d’une version plus récente) et reste tel quel ; donnez un nouveau nom de fichier pour une nouvelle campagne.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>Impossible d’ouvrir le journal %1 : %2.</translation>
    </message>
    <message>
        <source>The journal %1 changed while it was being opened; nothing was written.</source>
        <translation>Le journal %1 a changé pendant son ouverture ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2.</source>
        <translation>Impossible de lire le journal %1 : %2.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2; it cannot be resumed safely and is left as it is.</source>
        <translation>Le journal %1 est endommagé à la ligne %2 ; il ne peut pas être repris sans risque et reste tel quel.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2: %3.</source>
        <translation>Impossible de créer le journal %1 : %2 : %3.</translation>
    </message>
    <message>
        <source>cannot make a file in its folder</source>
        <translation>impossible de créer un fichier dans son dossier</translation>
    </message>
    <message>
        <source>cannot set it up</source>
        <translation>impossible de le préparer</translation>
    </message>
    <message>
        <source>cannot write its first line</source>
        <translation>impossible d’écrire sa première ligne</translation>
    </message>
    <message>
        <source>a file of that name appeared meanwhile (it was not touched)</source>
        <translation>un fichier de ce nom est apparu entre-temps (il n’a pas été touché)</translation>
    </message>
    <message>
        <source>cannot give it its name</source>
        <translation>impossible de lui donner son nom</translation>
    </message>
    <message>
        <source>cannot sync its folder</source>
        <translation>impossible de synchroniser son dossier</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another running campaign (noticectl or Noticeboard); wait for it to finish or stop it first.</source>
        <translation>Le journal %1 est utilisé par une autre campagne en cours (noticectl ou Noticeboard) ; attendez qu’elle finisse ou arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>Cannot repair the journal %1 (a record cut short at its end): %2.</source>
        <translation>Impossible de réparer le journal %1 (un enregistrement coupé à sa fin) : %2.</translation>
    </message>
    <message>
        <source>The journal %1 already holds a campaign.</source>
        <translation>Le journal %1 contient déjà une campagne.</translation>
    </message>
    <message>
        <source>The journal %1 has no campaign yet.</source>
        <translation>Le journal %1 ne contient encore aucune campagne.</translation>
    </message>
    <message>
        <source>Cannot write to the journal %1: %2. No more is sent in this run; run the same command again to resume once the disk has room.</source>
        <translation>Impossible d’écrire dans le journal %1 : %2. Rien de plus n’est envoyé pendant cette exécution ; relancez la même commande pour reprendre une fois qu’il y a de la place sur le disque.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be looked at: %3.</source>
        <translation>%1 %2 ne peut pas être examiné : %3.</translation>
    </message>
    <message>
        <source>%1 %2 is a directory, not a file.</source>
        <translation>%1 %2 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 %2 is a symbolic link, which is not followed (nothing is written where it points). Give the path of the file itself, or a new file name.</source>
        <translation>%1 %2 est un lien symbolique, qui n’est pas suivi (rien n’est écrit là où il pointe). Donnez le chemin du fichier lui-même, ou un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>%1 %2 is a named pipe (FIFO), not a file.</source>
        <translation>%1 %2 est un tube nommé (FIFO), pas un fichier.</translation>
    </message>
    <message>
        <source>%1 %2 is a device, not a file.</source>
        <translation>%1 %2 est un périphérique, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 %2 is a socket, not a file.</source>
        <translation>%1 %2 est une socket, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 %2 is not a regular file.</source>
        <translation>%1 %2 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 %2 is %3; more than the %4 it may have.</source>
        <translation>%1 %2 fait %3 ; plus que les %4 permis.</translation>
    </message>
    <message>
        <source>Cannot read %1 %2: %3.</source>
        <translation>Impossible de lire %1 %2 : %3.</translation>
    </message>
    <message>
        <source>%1 %2 changed while it was being opened; try again.</source>
        <translation>%1 %2 a changé pendant son ouverture ; réessayez.</translation>
    </message>
    <message>
        <source>%1 %2 is more than the %3 it may have.</source>
        <translation>%1 %2 dépasse les %3 permis.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 Server said: “%2” (%3).</source>
        <translation>%1 Le serveur a dit : « %2 » (%3).</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>environ %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>the server&apos;s pace over the last %1 recipients (it asked to slow down %2 time(s))</source>
        <translation>le rythme du serveur sur les %1 derniers destinataires (il a demandé de ralentir %2 fois)</translation>
    </message>
    <message>
        <source>the pace over the last %1 recipients, with no rate limit in the way</source>
        <translation>le rythme sur les %1 derniers destinataires, sans limite de débit en travers</translation>
    </message>
    <message>
        <source>the server&apos;s answer &quot;slow down, wait %1 s&quot;</source>
        <translation>la réponse du serveur « ralentissez, attendez %1 s »</translation>
    </message>
    <message>
        <source>rate limits lifted for your account</source>
        <translation>limites de débit levées pour votre compte</translation>
    </message>
    <message>
        <source>server notices are not rate limited by Synapse</source>
        <translation>Synapse ne limite pas le débit des avis du serveur</translation>
    </message>
    <message>
        <source>Synapse&apos;s default limit on new rooms (10 at once, then about one a minute), until the server&apos;s own answers show its pace</source>
        <translation>la limite par défaut de Synapse pour les nouveaux salons (10 d’un coup, puis environ un par minute), jusqu’à ce que les réponses du serveur montrent son rythme</translation>
    </message>
    <message>
        <source>Synapse&apos;s default limit on messages (10 at once, then one every 5 s), until the server&apos;s own answers show its pace</source>
        <translation>la limite par défaut de Synapse pour les messages (10 d’un coup, puis un toutes les 5 s), jusqu’à ce que les réponses du serveur montrent son rythme</translation>
    </message>
    <message>
        <source>The server limits how fast one account may create rooms and send messages (by default one new room a minute after the first ten). As a server admin you can exempt your account while this campaign runs: its notices then go out as fast as the server can take them. Your account&apos;s previous setting is written to the campaign journal first and put back when the campaign ends, is stopped or fails (after a crash, at the next run or the next start of Noticeboard).</source>
        <translation>Le serveur limite la vitesse à laquelle un compte peut créer des salons et envoyer des messages (par défaut un nouveau salon par minute après les dix premiers). En tant qu’administrateur du serveur, vous pouvez en exempter votre compte pendant cette campagne : ses avis partent alors aussi vite que le serveur les accepte. Le réglage précédent de votre compte est d’abord écrit dans le journal de la campagne et rétabli quand la campagne se termine, est arrêtée ou échoue (après un plantage, à la prochaine exécution ou au prochain démarrage de Noticeboard).</translation>
    </message>
</context>
<context>
    <name>nb::CampaignDialogs</name>
    <message>
        <source>Lift my rate limits while it runs</source>
        <translation>Lever mes limites de débit pendant son exécution</translation>
    </message>
    <message>
        <source>Recall a campaign</source>
        <translation>Retirer une campagne</translation>
    </message>
    <message>
        <source>Every notice of %1 that was delivered is withdrawn (redacted). Recipients&apos; apps show it as withdrawn by your server, with the reason below. This cannot be undone.</source>
        <translation>Chaque avis livré de %1 est retiré (effacé). Les applications des destinataires l’affichent comme retiré par votre serveur, avec la raison ci-dessous. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Reason shown to recipients (optional)</source>
        <translation>Raison montrée aux destinataires (facultatif)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Correct a campaign</source>
        <translation>Corriger une campagne</translation>
    </message>
    <message>
        <source>Every notice of %1 that was delivered is edited to the text below; recipients see the new text, marked as edited.</source>
        <translation>Chaque avis livré de %1 est remplacé par le texte ci-dessous ; les destinataires voient le nouveau texte, marqué comme modifié.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
    </message>
</context>
<context>
    <name>nb::CampaignListModel</name>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>notice rooms</source>
        <translation>salons d’avis</translation>
    </message>
    <message>
        <source>server notices</source>
        <translation>avis du serveur</translation>
    </message>
    <message>
        <source>%1 (all local users)</source>
        <translation>%1 (tous les utilisateurs locaux)</translation>
    </message>
    <message>
        <source>%1 (%2 to go)</source>
        <translation>%1 (%2 restants)</translation>
    </message>
    <message>
        <source>recalled %1</source>
        <translation>retirée %1</translation>
    </message>
    <message>
        <source>corrected %1</source>
        <translation>corrigée %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Rejoint</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
</context>
<context>
    <name>nb::CampaignReportLoader</name>
    <message>
        <source>not a campaign journal</source>
        <translation>pas un journal de campagne</translation>
    </message>
    <message>
        <source>Sent by %1: log in as that account to see who joined, read or replied.</source>
        <translation>Envoyé par %1 : connectez-vous avec ce compte pour voir qui a rejoint, lu ou répondu.</translation>
    </message>
</context>
<context>
    <name>nb::CampaignsPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Open journal…</source>
        <translation>Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Recall…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Deliver to new accounts</source>
        <translation>Livrer aux nouveaux comptes</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add a campaign journal kept elsewhere (noticectl notify --journal FILE) to this list. It stays where it is.</source>
        <translation>Ajouter à cette liste un journal de campagne conservé ailleurs (noticectl notify --journal FILE). Il reste où il est.</translation>
    </message>
    <message>
        <source>Save each recipient&apos;s status as a CSV file for a spreadsheet.</source>
        <translation>Enregistrer l’état de chaque destinataire dans un fichier CSV pour un tableur.</translation>
    </message>
    <message>
        <source>Past campaigns, newest first:</source>
        <translation>Campagnes passées, les plus récentes d’abord :</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v sur %m faits</translation>
    </message>
    <message>
        <source>%v of %m done · %1</source>
        <translation>%v sur %m faits · %1</translation>
    </message>
    <message>
        <source>Found %1 new account(s) since the campaign&apos;s last run. All its recipients so far: </source>
        <translation>%1 nouveau(x) compte(s) trouvé(s) depuis la dernière exécution de la campagne. Tous ses destinataires à ce jour : </translation>
    </message>
    <message>
        <source>Choose a campaign above to see its recipients.</source>
        <translation>Choisissez une campagne ci-dessus pour voir ses destinataires.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Campaign of %1 to %2 recipient(s) via %3</source>
        <translation>Campagne du %1 à %2 destinataire(s) via %3</translation>
    </message>
    <message>
        <source>notice rooms</source>
        <translation>salons d’avis</translation>
    </message>
    <message>
        <source>server notices</source>
        <translation>avis du serveur</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Every delivered notice of this campaign is withdrawn.</source>
        <translation>Chaque avis livré de cette campagne est retiré.</translation>
    </message>
    <message>
        <source>Withdraw every delivered notice of this campaign, with a reason.</source>
        <translation>Retirer chaque avis livré de cette campagne, avec une raison.</translation>
    </message>
    <message>
        <source>This campaign was recalled: withdrawn notices cannot be edited.</source>
        <translation>Cette campagne a été retirée : les avis retirés ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Edit every delivered notice of this campaign to a new text.</source>
        <translation>Remplacer chaque avis livré de cette campagne par un nouveau texte.</translation>
    </message>
    <message>
        <source>Send the same notice to the accounts made since this campaign last ran; everyone who has it gets nothing new.</source>
        <translation>Envoyer le même avis aux comptes créés depuis la dernière exécution de cette campagne ; ceux qui l’ont déjà ne reçoivent rien de nouveau.</translation>
    </message>
    <message>
        <source>Only for campaigns to all local users.</source>
        <translation>Uniquement pour les campagnes vers tous les utilisateurs locaux.</translation>
    </message>
    <message>
        <source>Sent by %1: log in as that account to recall or correct it.</source>
        <translation>Envoyé par %1 : connectez-vous avec ce compte pour la retirer ou la corriger.</translation>
    </message>
    <message>
        <source>the campaign of %1 to %2 recipient(s) (&quot;%3&quot;)</source>
        <translation>la campagne du %1 à %2 destinataire(s) (« %3 »)</translation>
    </message>
    <message>
        <source>Cannot %1 this campaign</source>
        <translation>Impossible de faire « %1 » sur cette campagne</translation>
    </message>
    <message>
        <source>This campaign went through Synapse&apos;s server notices room. Its notices were sent by the server&apos;s own notices account, so an administrator cannot %1 them.</source>
        <translation>Cette campagne est passée par le salon des avis du serveur de Synapse. Ses avis ont été envoyés par le compte d’avis du serveur lui-même, un administrateur ne peut donc pas faire « %1 » dessus.</translation>
    </message>
    <message>
        <source>You can send a follow-up notice to the %1 recipient(s) who got it.</source>
        <translation>Vous pouvez envoyer un avis de suivi aux %1 destinataire(s) qui l’ont reçu.</translation>
    </message>
    <message>
        <source>Send a follow-up notice</source>
        <translation>Envoyer un avis de suivi</translation>
    </message>
    <message>
        <source>A follow-up to the %1 recipient(s) of the campaign of %2: write it and press Send. The first notice stays as it was.</source>
        <translation>Un avis de suivi aux %1 destinataire(s) de la campagne du %2 : rédigez-le et appuyez sur Envoyer. Le premier avis reste tel quel.</translation>
    </message>
    <message>
        <source>Open a campaign first.</source>
        <translation>Ouvrez d’abord une campagne.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export the campaign as CSV</source>
        <translation>Exporter la campagne en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 recipient(s) to %2.</source>
        <translation>%1 destinataire(s) enregistré(s) dans %2.</translation>
    </message>
    <message>
        <source>Open a campaign journal</source>
        <translation>Ouvrir un journal de campagne</translation>
    </message>
    <message>
        <source>Campaign journals (*.journal *.jsonl);;All files (*)</source>
        <translation>Journaux de campagne (*.journal *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert : %1</translation>
    </message>
    <message>
        <source>Past campaigns</source>
        <translation>Campagnes passées</translation>
    </message>
    <message>
        <source>Recipients of the selected campaign</source>
        <translation>Destinataires de la campagne sélectionnée</translation>
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
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Write the notice. **Bold**, _italic_, lists and links work.</source>
        <translation>Rédigez l’avis. **Gras**, _italique_, listes et liens fonctionnent.</translation>
    </message>
    <message>
        <source>The campaign&apos;s record on disk. Resume it from this file after a crash: nobody gets the notice twice.</source>
        <translation>L’enregistrement de la campagne sur le disque. Reprenez-la depuis ce fichier après un plantage : personne ne reçoit l’avis deux fois.</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Preview (as recipients will see it):</source>
        <translation>Aperçu (tel que les destinataires le verront) :</translation>
    </message>
    <message>
        <source>Campaign journal</source>
        <translation>Journal de campagne</translation>
    </message>
    <message>
        <source>Campaign journals (*.journal *.jsonl)</source>
        <translation>Journaux de campagne (*.journal *.jsonl)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>One user</source>
        <translation>Un utilisateur</translation>
    </message>
    <message>
        <source>A list of users</source>
        <translation>Une liste d’utilisateurs</translation>
    </message>
    <message>
        <source>Users from a file</source>
        <translation>Utilisateurs d’un fichier</translation>
    </message>
    <message>
        <source>All local users</source>
        <translation>Tous les utilisateurs locaux</translation>
    </message>
    <message>
        <source>One Matrix ID a line</source>
        <translation>Un identifiant Matrix par ligne</translation>
    </message>
    <message>
        <source>A text file, one Matrix ID a line</source>
        <translation>Un fichier texte, un identifiant Matrix par ligne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Every active local account; guests, deactivated accounts and bots are left out. Needs the Synapse admin API.</source>
        <translation>Chaque compte local actif ; les invités, comptes désactivés et robots sont exclus. Nécessite l’API d’administration de Synapse.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>A notice room per user (MSC4279)</source>
        <translation>Un salon d’avis par utilisateur (MSC4279)</translation>
    </message>
    <message>
        <source>Synapse&apos;s server notices room</source>
        <translation>Le salon des avis du serveur de Synapse</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis en lecture seule</translation>
    </message>
    <message>
        <source>Notice with replies</source>
        <translation>Avis avec réponses</translation>
    </message>
    <message>
        <source>Allow the user to archive it</source>
        <translation>Permettre à l’utilisateur de l’archiver</translation>
    </message>
    <message>
        <source>Lift my rate limits while this campaign runs</source>
        <translation>Lever mes limites de débit pendant cette campagne</translation>
    </message>
    <message>
        <source>Usage-limit notice</source>
        <translation>Avis de limite d’utilisation</translation>
    </message>
    <message>
        <source>Send a usage-limit notice instead of a message</source>
        <translation>Envoyer un avis de limite d’utilisation au lieu d’un message</translation>
    </message>
    <message>
        <source>Send and pin it (the user sees a banner)</source>
        <translation>L’envoyer et l’épingler (l’utilisateur voit un bandeau)</translation>
    </message>
    <message>
        <source>Unpin it (the banner goes away)</source>
        <translation>Le désépingler (le bandeau disparaît)</translation>
    </message>
    <message>
        <source>Limit type:</source>
        <translation>Type de limite :</translation>
    </message>
    <message>
        <source>Admin contact:</source>
        <translation>Contact administrateur :</translation>
    </message>
    <message>
        <source>Goes to each user&apos;s server notices room and is pinned, so their app shows the usage-limit banner until you unpin it. Unpinning leaves other pins alone.</source>
        <translation>Va dans le salon des avis du serveur de chaque utilisateur et y est épinglé, pour que son application affiche le bandeau de limite d’utilisation jusqu’à ce que vous le désépingliez. Désépingler ne touche pas aux autres épingles.</translation>
    </message>
    <message>
        <source>This server does not offer the Synapse admin API.</source>
        <translation>Ce serveur ne propose pas l’API d’administration de Synapse.</translation>
    </message>
    <message>
        <source>Needs a server administrator account.</source>
        <translation>Nécessite un compte administrateur du serveur.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Cannot read the recipients file &quot;%1&quot;: %2.</source>
        <translation>Impossible de lire le fichier des destinataires « %1 » : %2.</translation>
    </message>
    <message>
        <source>Fix the recipients first:
%1</source>
        <translation>Corrigez d’abord les destinataires :
%1</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indiquez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Give the limit type, such as monthly_active_user.</source>
        <translation>Indiquez le type de limite, par exemple monthly_active_user.</translation>
    </message>
    <message>
        <source>Write the notice first.</source>
        <translation>Rédigez d’abord l’avis.</translation>
    </message>
    <message>
        <source>Choose a journal file: it is what makes a resumed delivery exact.</source>
        <translation>Choisissez un fichier journal : c’est lui qui rend exacte une livraison reprise.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal %1.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
    <message>
        <source>%1 recipient(s) take %2 at the server&apos;s pace — %3.</source>
        <translation>%1 destinataire(s) prennent %2 au rythme du serveur — %3.</translation>
    </message>
    <message>
        <source>Each 100 recipients take %1 at the server&apos;s pace — %2.</source>
        <translation>Chaque centaine de destinataires prend %1 au rythme du serveur — %2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Unpins the usage-limit notices%1 in each recipient&apos;s server notices room. Their usage-limit banner goes away; other pins stay.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Désépingle les avis de limite d’utilisation%1 dans le salon des avis du serveur de chaque destinataire. Leur bandeau disparaît ; les autres épingles restent.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> for “%1”</source>
        <translation> pour « %1 »</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Sent to each recipient&apos;s server notices room and pinned: their app shows it as a usage-limit banner until you unpin it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;i&gt;Envoyé dans le salon des avis du serveur de chaque destinataire et épinglé : son application l’affiche comme bandeau de limite d’utilisation jusqu’à ce que vous le désépingliez.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Texte de l’avis</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Aperçu de l’avis</translation>
    </message>
    <message>
        <source>Campaign journal file</source>
        <translation>Fichier journal de la campagne</translation>
    </message>
    <message>
        <source>Recipient’s Matrix ID</source>
        <translation>Identifiant Matrix du destinataire</translation>
    </message>
    <message>
        <source>Recipients, one Matrix ID a line</source>
        <translation>Destinataires, un identifiant Matrix par ligne</translation>
    </message>
    <message>
        <source>File of recipients</source>
        <translation>Fichier de destinataires</translation>
    </message>
</context>
<context>
    <name>nb::CreateRoomPanel</name>
    <message>
        <source>Allow the user to archive it</source>
        <translation>Permettre à l’utilisateur de l’archiver</translation>
    </message>
    <message>
        <source>Create room</source>
        <translation>Créer le salon</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis en lecture seule</translation>
    </message>
    <message>
        <source>Notice with replies</source>
        <translation>Avis avec réponses</translation>
    </message>
    <message>
        <source>Server Notice</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Leave rule &quot;allow&quot;: the user may leave (archive) the room. Otherwise it stays in their inbox.</source>
        <translation>Règle de départ « allow » : l’utilisateur peut quitter (archiver) le salon. Sinon il reste dans sa boîte de réception.</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <source>Invite:</source>
        <translation>Inviter :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Power levels:</source>
        <translation>Niveaux de pouvoir :</translation>
    </message>
    <message>
        <source>Overrides merge over the preset&apos;s levels. Keys: events_default, state_default, users_default, ban, kick, invite, redact, users.@id:server, events.m.room.topic, notifications.room</source>
        <translation>Les exceptions remplacent les niveaux du préréglage. Clés : events_default, state_default, users_default, ban, kick, invite, redact, users.@id:server, events.m.room.topic, notifications.room</translation>
    </message>
    <message>
        <source>Request (sent exactly as shown)</source>
        <translation>Requête (envoyée exactement telle quelle)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Room ID: %1</source>
        <translation>Identifiant du salon : %1</translation>
    </message>
    <message>
        <source>Notice room created; %1 is invited. Write to it and follow it under &quot;Sent notices&quot;.</source>
        <translation>Salon d’avis créé ; %1 est invité. Écrivez-y et suivez-le sous « Avis envoyés ».</translation>
    </message>
</context>
<context>
    <name>nb::DeliveryRunner</name>
    <message>
        <source>Recalled</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Usage-limit notices are still being sent (%1 of %2 done); the rest would not be sent.</source>
        <translation>Des avis de limite d’utilisation sont encore en cours d’envoi (%1 sur %2 faits) ; le reste ne serait pas envoyé.</translation>
    </message>
    <message>
        <source>A %1 is starting; nothing has been sent yet.</source>
        <translation>%1 commence ; rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>A %1 is still running: %2 of %3 done. The rest waits until you resume it from its journal %4 (nobody gets a notice twice).</source>
        <translation>%1 est toujours en cours : %2 sur %3 faits. Le reste attend que vous le repreniez depuis son journal %4 (personne ne reçoit un avis deux fois).</translation>
    </message>
    <message>
        <source>Checking the recipients…</source>
        <translation>Vérification des destinataires…</translation>
    </message>
    <message>
        <source>Reading the journal %1…</source>
        <translation>Lecture du journal %1…</translation>
    </message>
    <message>
        <source>
Nothing was sent.</source>
        <translation>
Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Recalling the notices of</source>
        <translation>Retrait des avis de</translation>
    </message>
    <message>
        <source>Correcting the notices of</source>
        <translation>Correction des avis de</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>%1 the campaign in %2 (%3 recipients).</source>
        <translation>%1 : la campagne dans %2 (%3 destinataires).</translation>
    </message>
    <message>
        <source>Found %1 new account(s) since its last run.</source>
        <translation>%1 nouveau(x) compte(s) trouvé(s) depuis sa dernière exécution.</translation>
    </message>
    <message>
        <source>%1 to go: %2 at the server&apos;s pace — %3.</source>
        <translation>%1 restants : %2 au rythme du serveur — %3.</translation>
    </message>
    <message>
        <source>%1 %2, failed %3, skipped %4 of %5.</source>
        <translation>%1 %2, en échec %3, ignorés %4 sur %5.</translation>
    </message>
    <message>
        <source> %1 not sent yet: press Resume and choose %2 to finish.</source>
        <translation> %1 pas encore envoyés : appuyez sur Reprendre et choisissez %2 pour terminer.</translation>
    </message>
    <message>
        <source> %1 not done yet: run the %2 again to finish it (nobody gets it twice).</source>
        <translation> %1 pas encore faits : relancez %2 pour terminer (personne ne le reçoit deux fois).</translation>
    </message>
    <message>
        <source>Stopping: requests already sent finish and are recorded…</source>
        <translation>Arrêt : les requêtes déjà envoyées se terminent et sont enregistrées…</translation>
    </message>
    <message>
        <source>The server could not be asked about the recipients: %1</source>
        <translation>Impossible d’interroger le serveur sur les destinataires : %1</translation>
    </message>
    <message>
        <source>No recipients.</source>
        <translation>Aucun destinataire.</translation>
    </message>
    <message>
        <source>Some recipients cannot get a notice; nothing was sent.
%1</source>
        <translation>Certains destinataires ne peuvent pas recevoir d’avis ; rien n’a été envoyé.
%1</translation>
    </message>
    <message>
        <source>Usage-limit notice unpinned for</source>
        <translation>Avis de limite d’utilisation désépinglé pour</translation>
    </message>
    <message>
        <source>Usage-limit notice sent and pinned for</source>
        <translation>Avis de limite d’utilisation envoyé et épinglé pour</translation>
    </message>
    <message>
        <source> Cancelled before %1 recipient(s).</source>
        <translation> Annulé avant %1 destinataire(s).</translation>
    </message>
    <message>
        <source>%1 usage-limit notice(s) unpinned</source>
        <translation>%1 avis de limite d’utilisation désépinglé(s)</translation>
    </message>
    <message>
        <source>Unpinning the usage-limit notice for %1…</source>
        <translation>Désépinglage de l’avis de limite d’utilisation pour %1…</translation>
    </message>
    <message>
        <source>Sending the usage-limit notice to %1…</source>
        <translation>Envoi de l’avis de limite d’utilisation à %1…</translation>
    </message>
    <message>
        <source>Checking the account %1…</source>
        <translation>Vérification du compte %1…</translation>
    </message>
    <message>
        <source>Not sent: the account could not be checked first (%1).</source>
        <translation>Non envoyé : le compte n’a pas pu être vérifié d’abord (%1).</translation>
    </message>
</context>
<context>
    <name>nb::DeliveryView</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Reopen a campaign journal and deliver to everyone it does not record as done. Nobody gets a notice twice.</source>
        <translation>Rouvrir un journal de campagne et livrer à tous ceux qu’il n’indique pas comme faits. Personne ne reçoit un avis deux fois.</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>Aucune livraison pour l’instant</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v sur %m faits</translation>
    </message>
    <message>
        <source>%v of %m done · %1</source>
        <translation>%v sur %m faits · %1</translation>
    </message>
    <message>
        <source>Resume a campaign</source>
        <translation>Reprendre une campagne</translation>
    </message>
    <message>
        <source>Campaign journals (*.journal *.jsonl);;All files (*)</source>
        <translation>Journaux de campagne (*.journal *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recipients and their delivery</source>
        <translation>Destinataires et leur distribution</translation>
    </message>
</context>
<context>
    <name>nb::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>nb::InboxDelegate</name>
    <message>
        <source>Unverified invitation</source>
        <translation>Invitation non vérifiée</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>: not confirmed as sent by your server</source>
        <translation> : non confirmé comme envoyé par votre serveur</translation>
    </message>
    <message>
        <source>New notice from your server</source>
        <translation>Nouvel avis de votre serveur</translation>
    </message>
    <message>
        <source>From your server</source>
        <translation>De votre serveur</translation>
    </message>
    <message>
        <source>From your server · %1</source>
        <translation>De votre serveur · %1</translation>
    </message>
</context>
<context>
    <name>nb::InboxView</name>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>nb::LoginWindow</name>
    <message>
        <source>Use a homeserver address instead</source>
        <translation>Utiliser plutôt une adresse de serveur d’accueil</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Log in – Noticeboard</source>
        <translation>Connexion – Noticeboard</translation>
    </message>
    <message>
        <source>Log in to read the notices your Matrix server sends you.</source>
        <translation>Connectez-vous pour lire les avis que votre serveur Matrix vous envoie.</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Serveur d’accueil</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Matrix ID</source>
        <translation>Identifiant Matrix</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Login refused.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Connexion refusée.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>nb::MainWindow</name>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Noticeboard</source>
        <translation>&amp;Noticeboard</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 now?</source>
        <translation>%1 maintenant ?</translation>
    </message>
    <message>
        <source>%1 anyway?</source>
        <translation>%1 quand même ?</translation>
    </message>
    <message>
        <source>%1 anyway</source>
        <translation>%1 quand même</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Noticeboard is still running</source>
        <translation>Noticeboard est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>New notices still reach you while the window is closed. To quit, choose Quit in the Noticeboard icon’s menu. You can turn this off in Settings.</source>
        <translation>Les nouveaux avis vous parviennent même fenêtre fermée. Pour quitter, choisissez Quitter dans le menu de l’icône de Noticeboard. Vous pouvez désactiver cela dans les paramètres.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Select a notice on the left to read it.</source>
        <translation>Choisissez un avis à gauche pour le lire.</translation>
    </message>
    <message>
        <source>No notices from your server. When it sends one, it appears here.</source>
        <translation>Aucun avis de votre serveur. Quand il en enverra un, il apparaîtra ici.</translation>
    </message>
    <message>
        <source>Fetching your notices…</source>
        <translation>Récupération de vos avis…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Start at login could not be %1. %2</source>
        <translation>Le démarrage à l’ouverture de session n’a pas pu être %1. %2</translation>
    </message>
    <message>
        <source>turned on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Unverified: %1</source>
        <translation>Non vérifié : %1</translation>
    </message>
</context>
<context>
    <name>nb::MatrixError</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server refused this request.</source>
        <translation>Le serveur a refusé cette requête.</translation>
    </message>
    <message>
        <source>Your session has ended (signed out or expired). Please log in again.</source>
        <translation>Votre session a pris fin (déconnectée ou expirée). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Ce compte a été désactivé.</translation>
    </message>
    <message>
        <source>This account has been locked by the server&apos;s administrators.</source>
        <translation>Ce compte a été verrouillé par les administrateurs du serveur.</translation>
    </message>
    <message>
        <source>This account is suspended: the server refuses what it sends.</source>
        <translation>Ce compte est suspendu : le serveur refuse ce qu’il envoie.</translation>
    </message>
    <message>
        <source>The server asks you to accept its terms of service first.</source>
        <translation>Le serveur vous demande d’abord d’accepter ses conditions d’utilisation.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests; try again in %1 s.</source>
        <translation>Le serveur limite le débit des requêtes ; réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests; try again in about %1 min.</source>
        <translation>Le serveur limite le débit des requêtes ; réessayez dans environ %1 min.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests; try again shortly.</source>
        <translation>Le serveur limite le débit des requêtes ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server has reached a usage limit and refused the request.</source>
        <translation>Le serveur a atteint une limite d’utilisation et a refusé la requête.</translation>
    </message>
    <message>
        <source>Your server does not let you leave or decline its notice room.</source>
        <translation>Votre serveur ne vous permet ni de quitter ni de refuser son salon d’avis.</translation>
    </message>
    <message>
        <source>The server could not find what was asked for.</source>
        <translation>Le serveur n’a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>The server did not accept the request&apos;s contents.</source>
        <translation>Le serveur n’a pas accepté le contenu de la requête.</translation>
    </message>
    <message>
        <source>The server does not support this request.</source>
        <translation>Le serveur ne prend pas en charge cette requête.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source> Server said: “%1” (%2).</source>
        <translation> Le serveur a dit : « %1 » (%2).</translation>
    </message>
</context>
<context>
    <name>nb::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>nb::NoticeBrowser</name>
    <message>
        <source>Notices in this room</source>
        <translation>Avis de ce salon</translation>
    </message>
    <message>
        <source>&lt;img src=&quot;%1&quot; width=&quot;14&quot; height=&quot;14&quot;&gt; &lt;span class=&quot;pinned&quot;&gt;Pinned&lt;/span&gt; &amp;nbsp; </source>
        <translation>&lt;img src=&quot;%1&quot; width=&quot;14&quot; height=&quot;14&quot;&gt; &lt;span class=&quot;pinned&quot;&gt;Épinglé&lt;/span&gt; &amp;nbsp; </translation>
    </message>
    <message>
        <source>&lt;span class=&quot;mine&quot;&gt;Your reply&lt;/span&gt; &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;span class=&quot;mine&quot;&gt;Votre réponse&lt;/span&gt; &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span class=&quot;reply&quot;&gt;Reply from&lt;/span&gt; %1 &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;span class=&quot;reply&quot;&gt;Réponse de&lt;/span&gt; %1 &amp;nbsp; &lt;span class=&quot;meta&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;meta&quot;&gt;(edited)&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;meta&quot;&gt;(modifié)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Withdrawn by your server</source>
        <translation>Retiré par votre serveur</translation>
    </message>
    <message>
        <source>Withdrawn by its sender</source>
        <translation>Retiré par son expéditeur</translation>
    </message>
    <message>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;history&quot;&gt;Loading notices from your server…&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;history&quot;&gt;Chargement des avis de votre serveur…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;history&quot;&gt;&lt;a href=&quot;%1&quot;&gt;Load older notices&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;history&quot;&gt;&lt;a href=&quot;%1&quot;&gt;Charger les avis plus anciens&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Withdrawn by %1</source>
        <translation>Retiré par %1</translation>
    </message>
    <message>
        <source>Message deleted by %1</source>
        <translation>Message supprimé par %1</translation>
    </message>
</context>
<context>
    <name>nb::NoticeHeader</name>
    <message>
        <source>Official notice from your server</source>
        <translation>Avis officiel de votre serveur</translation>
    </message>
    <message>
        <source>Official notice from your server (%1)</source>
        <translation>Avis officiel de votre serveur (%1)</translation>
    </message>
    <message>
        <source>Not verified as sent by your server.</source>
        <translation>Non vérifié comme envoyé par votre serveur.</translation>
    </message>
    <message>
        <source> Treat links and requests in it with suspicion.</source>
        <translation> Méfiez-vous des liens et des demandes qu’il contient.</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>nb::NoticeMenu</name>
    <message>
        <source>No&amp;tice</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <source>&amp;Next notice</source>
        <translation>Avis &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous notice</source>
        <translation>Avis &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the &amp;inbox</source>
        <translation>Aller à la &amp;boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiver</translation>
    </message>
</context>
<context>
    <name>nb::NoticeRoomListModel</name>
    <message>
        <source>Server Notices</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>Server Notice</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>From %1 (%2)</source>
        <translation>De %1 (%2)</translation>
    </message>
    <message>
        <source>Not verified as sent by your server. %1</source>
        <translation>Non vérifié comme envoyé par votre serveur. %1</translation>
    </message>
    <message>
        <source>Official notice from your server</source>
        <translation>Avis officiel de votre serveur</translation>
    </message>
    <message>
        <source>Unverified, not confirmed as sent by your server: %1</source>
        <translation>Non vérifié, non confirmé comme envoyé par votre serveur : %1</translation>
    </message>
    <message>
        <source>not opened yet</source>
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 non lus</translation>
    </message>
    <message>
        <source>no unread notices</source>
        <translation>aucun avis non lu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>nb::NoticeService</name>
    <message>
        <source>Your settings in %1 were damaged and could not be read, so Noticeboard uses its defaults (the damaged file is kept as %2).</source>
        <translation>Vos réglages dans %1 étaient endommagés et n’ont pas pu être lus ; Noticeboard utilise donc ses valeurs par défaut (le fichier endommagé est conservé sous %2).</translation>
    </message>
    <message>
        <source>Part of your settings in %1 could not be read and was left out.</source>
        <translation>Une partie de vos réglages dans %1 n’a pas pu être lue et a été laissée de côté.</translation>
    </message>
    <message>
        <source> Contact: %1</source>
        <translation> Contact : %1</translation>
    </message>
    <message>
        <source> Terms of service: %1</source>
        <translation> Conditions d’utilisation : %1</translation>
    </message>
    <message>
        <source>The server ended this session. Please log in again.</source>
        <translation>Le serveur a mis fin à cette session. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Not logged in. Log in first.</source>
        <translation>Non connecté. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>The saved session of %1 has no access token. Log in again.</source>
        <translation>La session enregistrée de %1 n’a pas de jeton d’accès. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The access token of %1 cannot be read: %2 Log in again.</source>
        <translation>Le jeton d’accès de %1 ne peut pas être lu : %2 Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Enter a Matrix ID (@name:example.org), or a homeserver address and a user name.</source>
        <translation>Saisissez un identifiant Matrix (@nom:example.org), ou l’adresse d’un serveur d’accueil et un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Could not find the homeserver for “%1”.</source>
        <translation>Le serveur d’accueil de « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>Login failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
    <message>
        <source>Login failed: the user name or password is wrong.</source>
        <translation>Échec de la connexion : le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Login failed: %1 %2</source>
        <translation>Échec de la connexion : %1 %2</translation>
    </message>
    <message>
        <source>Contact them to ask why, and try again once it is unlocked.</source>
        <translation>Contactez-les pour savoir pourquoi, et réessayez une fois le compte déverrouillé.</translation>
    </message>
    <message>
        <source>Logged in, but the session could not be saved: %1</source>
        <translation>Connecté, mais la session n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Logged in, but the access token could not be saved: %1</source>
        <translation>Connecté, mais le jeton d’accès n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Logged in as %1. Your access token is stored in %2.</source>
        <translation>Connecté en tant que %1. Votre jeton d’accès est conservé dans %2.</translation>
    </message>
    <message>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Removed the saved session; you are logged out.</source>
        <translation>La session enregistrée a été supprimée ; vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Logged out %1.</source>
        <translation>%1 déconnecté.</translation>
    </message>
    <message>
        <source>Logged out locally, but the server could not be told:</source>
        <translation>Déconnecté localement, mais le serveur n’a pas pu être prévenu :</translation>
    </message>
    <message>
        <source>The access token could not be removed from %1: %2</source>
        <translation>Le jeton d’accès n’a pas pu être retiré de son emplacement (%1) : %2</translation>
    </message>
    <message>
        <source>Your server does not allow this notice to be declined or left. Notices from your server stay in your inbox until the server allows archiving.</source>
        <translation>Votre serveur ne permet pas de refuser ni de quitter cet avis. Les avis de votre serveur restent dans votre boîte de réception jusqu’à ce que le serveur permette de les archiver.</translation>
    </message>
    <message>
        <source>There is no notice room %1 in your inbox.</source>
        <translation>Il n’y a pas de salon d’avis %1 dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>Could not open the notice.</source>
        <translation>L’avis n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Notice opened.</source>
        <translation>Avis ouvert.</translation>
    </message>
    <message>
        <source>Could not archive the notice.</source>
        <translation>L’avis n’a pas pu être archivé.</translation>
    </message>
    <message>
        <source>Notice archived.</source>
        <translation>Avis archivé.</translation>
    </message>
    <message>
        <source>Could not decline the invitation.</source>
        <translation>L’invitation n’a pas pu être refusée.</translation>
    </message>
    <message>
        <source>Invitation declined.</source>
        <translation>Invitation refusée.</translation>
    </message>
    <message>
        <source>Could not delete the notice.</source>
        <translation>L’avis n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Notice deleted.</source>
        <translation>Avis supprimé.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>Could not send the reply.</source>
        <translation>La réponse n’a pas pu être envoyée.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Réponse envoyée.</translation>
    </message>
    <message>
        <source>Nothing new to mark as read.</source>
        <translation>Rien de nouveau à marquer comme lu.</translation>
    </message>
    <message>
        <source>Could not mark the notice as read.</source>
        <translation>L’avis n’a pas pu être marqué comme lu.</translation>
    </message>
    <message>
        <source>Marked as read.</source>
        <translation>Marqué comme lu.</translation>
    </message>
    <message>
        <source>Marked as read (privately: the sender is not told).</source>
        <translation>Marqué comme lu (en privé : l’expéditeur n’en est pas informé).</translation>
    </message>
    <message>
        <source>Server notice</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>New notice from your server</source>
        <translation>Nouvel avis de votre serveur</translation>
    </message>
    <message>
        <source>Could not update the notices.</source>
        <translation>Les avis n’ont pas pu être mis à jour.</translation>
    </message>
    <message>
        <source>The saved notices in %1 could not be used (%2); they are fetched again from the server.</source>
        <translation>Les avis enregistrés dans %1 n’ont pas pu être utilisés (%2) ; ils sont de nouveau récupérés sur le serveur.</translation>
    </message>
    <message>
        <source>Part of the saved notices in %1 could not be read; they are fetched again from the server.</source>
        <translation>Une partie des avis enregistrés dans %1 n’a pas pu être lue ; ils sont de nouveau récupérés sur le serveur.</translation>
    </message>
    <message>
        <source>its store</source>
        <translation>son stockage</translation>
    </message>
    <message>
        <source>Your settings are not used until it is removed.</source>
        <translation>Vos réglages ne sont pas utilisés tant qu’il n’est pas supprimé.</translation>
    </message>
    <message>
        <source>Your notices are fetched again from the server and saved anew.</source>
        <translation>Vos avis sont de nouveau récupérés sur le serveur et enregistrés à nouveau.</translation>
    </message>
    <message>
        <source>Your notices are fetched again from the server, but cannot be saved until it is removed: until then, every start fetches them all again.</source>
        <translation>Vos avis sont de nouveau récupérés sur le serveur, mais ne peuvent pas être enregistrés tant qu’il n’est pas supprimé : d’ici là, chaque démarrage les récupère tous de nouveau.</translation>
    </message>
</context>
<context>
    <name>nb::NoticeView</name>
    <message>
        <source>Open notice</source>
        <translation>Ouvrir l’avis</translation>
    </message>
    <message>
        <source>Read this notice from your server</source>
        <translation>Lire cet avis de votre serveur</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Join this room. It is not verified as coming from your server.</source>
        <translation>Rejoindre ce salon. Il n’est pas vérifié comme venant de votre serveur.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline this invitation; the room leaves your inbox</source>
        <translation>Décliner cette invitation ; le salon quitte votre boîte de réception</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Move this notice to Archived</source>
        <translation>Déplacer cet avis dans les archives</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this archived notice from your inbox for good</source>
        <translation>Retirer définitivement cet avis archivé de votre boîte de réception</translation>
    </message>
    <message>
        <source>Select a notice on the left to read it.</source>
        <translation>Choisissez un avis à gauche pour le lire.</translation>
    </message>
    <message>
        <source>This link was not opened because its kind (%1:) can be unsafe.</source>
        <translation>Ce lien n’a pas été ouvert car son type (%1:) peut être dangereux.</translation>
    </message>
    <message>
        <source>There are no messages in this notice yet.</source>
        <translation>Cet avis ne contient encore aucun message.</translation>
    </message>
    <message>
        <source>Open the notice to read it.</source>
        <translation>Ouvrez l’avis pour le lire.</translation>
    </message>
    <message>
        <source>Accept the invitation to read its messages, or reject it if you do not trust it.</source>
        <translation>Acceptez l’invitation pour lire ses messages, ou refusez-la si vous ne lui faites pas confiance.</translation>
    </message>
    <message>
        <source>Delete notice</source>
        <translation>Supprimer l’avis</translation>
    </message>
    <message>
        <source>Delete “%1”? It is removed from your inbox for good and cannot be brought back.</source>
        <translation>Supprimer « %1 » ? Il sera retiré définitivement de votre boîte de réception et ne pourra pas être récupéré.</translation>
    </message>
</context>
<context>
    <name>nb::PowerLevelTable</name>
    <message>
        <source>Add override</source>
        <translation>Ajouter une exception</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Keys: events_default, state_default, users_default, ban, kick, invite, redact, users.@someone:server, events.m.room.topic, notifications.room</source>
        <translation>Clés : events_default, state_default, users_default, ban, kick, invite, redact, users.@someone:server, events.m.room.topic, notifications.room</translation>
    </message>
    <message>
        <source>Power level overrides</source>
        <translation>Niveaux de pouvoir modifiés</translation>
    </message>
</context>
<context>
    <name>nb::Profile</name>
    <message>
        <source>The token file %1 is damaged, so the saved access token cannot be read. Log in again.</source>
        <translation>Le fichier de jeton %1 est endommagé ; le jeton d’accès enregistré ne peut donc pas être lu. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The profile %1 is in use by %2. Close it or wait until it has finished, then try again.</source>
        <translation>Le profil %1 est utilisé par %2. Fermez-le ou attendez qu’il ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot lock the profile %1 (%2 cannot be created).</source>
        <translation>Impossible de verrouiller le profil %1 (%2 ne peut pas être créé).</translation>
    </message>
    <message>
        <source>The saved session in %1 is damaged (%2), so Noticeboard cannot tell who was logged in. Log in again.</source>
        <translation>La session enregistrée dans %1 est endommagée (%2) ; Noticeboard ne sait donc pas qui était connecté. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>a file readable only by you: %1</source>
        <translation>un fichier que vous seul pouvez lire : %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>Cannot lock the profile %1: %2 is not an ordinary file of yours. Remove it and try again.</source>
        <translation>Impossible de verrouiller le profil %1 : %2 n’est pas un fichier ordinaire vous appartenant. Supprimez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>nb::ProfileWait</name>
    <message>
        <source>Noticeboard cannot open the profile %1 yet: %2 is using it.

Noticeboard opens by itself as soon as that program has finished. If it does not finish (a command waiting for input in a terminal, or a program that hangs), end it, or choose Quit.</source>
        <translation>Noticeboard ne peut pas encore ouvrir le profil %1 : %2 l’utilise.

Noticeboard s’ouvre de lui-même dès que ce programme a terminé. S’il ne termine pas (une commande qui attend une saisie dans un terminal, ou un programme bloqué), arrêtez-le, ou choisissez Quitter.</translation>
    </message>
    <message>
        <source>another Noticeboard program</source>
        <translation>un autre programme Noticeboard</translation>
    </message>
    <message>
        <source>Noticeboard is waiting for its profile</source>
        <translation>Noticeboard attend son profil</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>nb::RecipientReportModel</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Rejoint</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invité</translation>
    </message>
</context>
<context>
    <name>nb::ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>To your server&apos;s administrators. Ctrl+Enter sends.</source>
        <translation>Aux administrateurs de votre serveur. Ctrl+Entrée envoie.</translation>
    </message>
    <message>
        <source>Write a reply to your server&apos;s administrators (Ctrl+Enter to send)</source>
        <translation>Écrire une réponse aux administrateurs de votre serveur (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>nb::RequestFailure</name>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>ce serveur</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>Could not reach the server at %1%2. Check the address and your network.</source>
        <translation>Impossible de joindre le serveur à l’adresse %1%2. Vérifiez l’adresse et votre réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not valid for %1: %2. The connection was refused for your safety.</source>
        <translation>Le certificat TLS du serveur n’est pas valable pour %1 : %2. La connexion a été refusée pour votre sécurité.</translation>
    </message>
    <message>
        <source>the secure connection could not be established</source>
        <translation>la connexion sécurisée n’a pas pu être établie</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again later; if this keeps happening the server may be overloaded or down.</source>
        <translation>Le serveur à l’adresse %1 n’a pas répondu à temps. Réessayez plus tard ; si cela se répète, le serveur est peut-être surchargé ou en panne.</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer this app cannot use%2. It may not be a Matrix server, or it may be misconfigured.</source>
        <translation>Le serveur à l’adresse %1 a envoyé une réponse que cette application ne peut pas utiliser%2. Ce n’est peut-être pas un serveur Matrix, ou il est mal configuré.</translation>
    </message>
    <message>
        <source>The server at %1 sent a response that is too large%2; it was stopped to protect this app. Tell the server&apos;s administrators.</source>
        <translation>Le serveur à l’adresse %1 a envoyé une réponse trop volumineuse%2 ; elle a été interrompue pour protéger cette application. Prévenez les administrateurs du serveur.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>No Matrix server could be found at %1%2. Check the spelling of the server name.</source>
        <translation>Aucun serveur Matrix n’a été trouvé à %1%2. Vérifiez l’orthographe du nom du serveur.</translation>
    </message>
    <message>
        <source>that address</source>
        <translation>cette adresse</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
</context>
<context>
    <name>nb::RoomRules</name>
    <message>
        <source>This notice is already open.</source>
        <translation>Cet avis est déjà ouvert.</translation>
    </message>
    <message>
        <source>Only a notice you have not opened yet can be declined.</source>
        <translation>Seul un avis que vous n’avez pas encore ouvert peut être refusé.</translation>
    </message>
    <message>
        <source>Notices from your server cannot be declined. Open it to read it; you can archive it later if the server allows.</source>
        <translation>Les avis de votre serveur ne peuvent pas être refusés. Ouvrez-le pour le lire ; vous pourrez l’archiver plus tard si le serveur le permet.</translation>
    </message>
    <message>
        <source>Notices from your server cannot be declined. Open it first; it can be archived once the server allows it.</source>
        <translation>Les avis de votre serveur ne peuvent pas être refusés. Ouvrez-le d’abord ; il pourra être archivé dès que le serveur le permettra.</translation>
    </message>
    <message>
        <source>This notice is already archived.</source>
        <translation>Cet avis est déjà archivé.</translation>
    </message>
    <message>
        <source>Only archived notices can be deleted. Archive it first.</source>
        <translation>Seuls les avis archivés peuvent être supprimés. Archivez-le d’abord.</translation>
    </message>
    <message>
        <source>Open the notice before replying.</source>
        <translation>Ouvrez l’avis avant de répondre.</translation>
    </message>
    <message>
        <source>This notice does not accept replies.</source>
        <translation>Cet avis n’accepte pas de réponses.</translation>
    </message>
    <message>
        <source>Open the notice first.</source>
        <translation>Ouvrez d’abord l’avis.</translation>
    </message>
    <message>
        <source>Your server has not allowed this notice to be archived yet (its leave rule is “deny”).</source>
        <translation>Votre serveur n’a pas encore permis d’archiver cet avis (sa règle de départ est « deny »).</translation>
    </message>
</context>
<context>
    <name>nb::SafeLinks</name>
    <message>
        <source>It writes an email to:
%1</source>
        <translation>Il écrit un courriel à :
%1</translation>
    </message>
    <message>
        <source>It opens a page on:
%1

Full address:
%2</source>
        <translation>Il ouvre une page sur :
%1

Adresse complète :
%2</translation>
    </message>
    <message>
        <source>The link shows no text of its own.</source>
        <translation>Le lien n’affiche aucun texte propre.</translation>
    </message>
    <message>
        <source>Its text says: %1</source>
        <translation>Son texte indique : %1</translation>
    </message>
    <message>
        <source>This link does not lead where its text says.

%1

%2

Open it only if you trust this address.</source>
        <translation>Ce lien ne mène pas là où son texte l’indique.

%1

%2

Ne l’ouvrez que si vous faites confiance à cette adresse.</translation>
    </message>
    <message>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien ?</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>nb::SentNoticesPanel</name>
    <message>
        <source>not a member</source>
        <translation>non membre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Allow archiving</source>
        <translation>Autoriser l’archivage</translation>
    </message>
    <message>
        <source>Deny archiving</source>
        <translation>Interdire l’archivage</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Leave rule</source>
        <translation>Règle de départ</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom du salon</translation>
    </message>
    <message>
        <source>Answer the recipient in this room (plain text)</source>
        <translation>Répondre au destinataire dans ce salon (texte brut)</translation>
    </message>
    <message>
        <source>Selected room</source>
        <translation>Salon choisi</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Server Notice</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis en lecture seule</translation>
    </message>
    <message>
        <source>Notice with replies</source>
        <translation>Avis avec réponses</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nouveau(x)</translation>
    </message>
    <message>
        <source>The recipient wrote last; they are waiting for an answer.</source>
        <translation>Le destinataire a écrit en dernier ; il attend une réponse.</translation>
    </message>
    <message>
        <source>Select one room to see its messages.</source>
        <translation>Choisissez un salon pour voir ses messages.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, leave rule %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, règle de départ %3</translation>
    </message>
    <message>
        <source>↩ Reply from %1</source>
        <translation>↩ Réponse de %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>may now archive</source>
        <translation>peuvent maintenant les archiver</translation>
    </message>
    <message>
        <source>can no longer archive</source>
        <translation>ne peuvent plus les archiver</translation>
    </message>
    <message>
        <source>Recipients of %1 room(s) %2 them.</source>
        <translation>Les destinataires de %1 salon(s) %2.</translation>
    </message>
    <message>
        <source>%1 room(s) changed; %2 failed: %3</source>
        <translation>%1 salon(s) modifié(s) ; %2 en échec : %3</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Réponse envoyée.</translation>
    </message>
    <message>
        <source>Message pinned.</source>
        <translation>Message épinglé.</translation>
    </message>
    <message>
        <source>Message unpinned.</source>
        <translation>Message désépinglé.</translation>
    </message>
    <message>
        <source>Messages in the selected notice room</source>
        <translation>Messages du salon d’avis sélectionné</translation>
    </message>
    <message>
        <source>Notice rooms you created</source>
        <translation>Salons d’avis que vous avez créés</translation>
    </message>
    <message>
        <source>Reply to the recipient</source>
        <translation>Réponse au destinataire</translation>
    </message>
</context>
<context>
    <name>nb::SettingsDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Open notices from my server without asking</source>
        <translation>Ouvrir les avis de mon serveur sans demander</translation>
    </message>
    <message>
        <source>Settings – Noticeboard</source>
        <translation>Paramètres – Noticeboard</translation>
    </message>
    <message>
        <source>A notice your server sends can arrive as an invitation. Opened, its text and any usage limit it announces are shown at once. Invitations that are not verified as your server’s are never opened by themselves.</source>
        <translation>Un avis de votre serveur peut arriver sous forme d’invitation. Une fois ouvert, son texte et toute limite d’utilisation qu’il annonce s’affichent aussitôt. Les invitations non vérifiées comme venant de votre serveur ne sont jamais ouvertes d’elles-mêmes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trusted notice senders&lt;/b&gt;</source>
        <translation>&lt;b&gt;Expéditeurs d’avis de confiance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notice rooms created by these Matrix accounts on your own server are shown as official notices; add only accounts you know your server’s administrators use.</source>
        <translation>Les salons d’avis créés par ces comptes Matrix sur votre propre serveur sont affichés comme avis officiels ; n’ajoutez que des comptes dont vous savez que les administrateurs de votre serveur les utilisent.</translation>
    </message>
    <message>
        <source>Let the senders see when I have read a notice</source>
        <translation>Indiquer aux expéditeurs quand j’ai lu un avis</translation>
    </message>
    <message>
        <source>When this is off, Noticeboard still marks notices as read for you, but privately: whoever sent them is not told.</source>
        <translation>Quand cette option est désactivée, Noticeboard marque toujours les avis comme lus pour vous, mais en privé : l’expéditeur n’en est pas informé.</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix ID. It looks like @name:example.org.</source>
        <translation>« %1 » n’est pas un identifiant Matrix. Un identifiant ressemble à @name:example.org.</translation>
    </message>
    <message>
        <source>Trusted notice senders</source>
        <translation>Expéditeurs d’avis de confiance</translation>
    </message>
    <message>
        <source>Matrix ID of a sender to trust</source>
        <translation>Identifiant Matrix d’un expéditeur à qui faire confiance</translation>
    </message>
</context>
<context>
    <name>nb::StatusText</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Reconnecting… (%1)</source>
        <translation>Reconnexion… (%1)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
</context>
<context>
    <name>nb::TrayNotifier</name>
    <message>
        <source>Open inbox</source>
        <translation>Ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Noticeboard: </source>
        <translation>Noticeboard : </translation>
    </message>
    <message>
        <source>no unread notices</source>
        <translation>aucun avis non lu</translation>
    </message>
    <message>
        <source>1 unread notice</source>
        <translation>1 avis non lu</translation>
    </message>
    <message>
        <source>%1 unread notices</source>
        <translation>%1 avis non lus</translation>
    </message>
    <message>
        <source>
Usage limit reached: %1</source>
        <translation>
Limite d’utilisation atteinte : %1</translation>
    </message>
    <message>
        <source>New notice from your server</source>
        <translation>Nouvel avis de votre serveur</translation>
    </message>
</context>
<context>
    <name>nb::Trust</name>
    <message>
        <source>You are not logged in, so the room cannot be checked.</source>
        <translation>Vous n’êtes pas connecté, le salon ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>The room does not say who created it.</source>
        <translation>Le salon n’indique pas qui l’a créé.</translation>
    </message>
    <message>
        <source>The room claims %1 created it, but it was created by %2.</source>
        <translation>Le salon prétend avoir été créé par %1, mais il a été créé par %2.</translation>
    </message>
    <message>
        <source>It was created by %1, who is not on your server.</source>
        <translation>Il a été créé par %1, qui n’est pas sur votre serveur.</translation>
    </message>
    <message>
        <source>The invitation comes from an unknown sender, who is not on your server.</source>
        <translation>L’invitation vient d’un expéditeur inconnu, qui n’est pas sur votre serveur.</translation>
    </message>
    <message>
        <source>The invitation comes from %1, who is not on your server.</source>
        <translation>L’invitation vient de %1, qui n’est pas sur votre serveur.</translation>
    </message>
    <message>
        <source>The room&apos;s m.federate setting is not true or false.</source>
        <translation>Le réglage m.federate du salon n’est ni true ni false.</translation>
    </message>
    <message>
        <source>The room is open to other servers, which official notice rooms never are.</source>
        <translation>Le salon est ouvert aux autres serveurs, ce que les salons d’avis officiels ne sont jamais.</translation>
    </message>
    <message>
        <source>%1 is not a known administrator of your server.</source>
        <translation>%1 n’est pas un administrateur connu de votre serveur.</translation>
    </message>
    <message>
        <source>The invitation comes from %1, who is not a known administrator of your server.</source>
        <translation>L’invitation vient de %1, qui n’est pas un administrateur connu de votre serveur.</translation>
    </message>
</context>
<context>
    <name>nb::UsageLimit</name>
    <message>
        <source>Your server has reached its limit of monthly active users. New sign-ins and some actions are refused until an administrator raises the limit.</source>
        <translation>Votre serveur a atteint sa limite d’utilisateurs actifs par mois. Les nouvelles connexions et certaines actions sont refusées jusqu’à ce qu’un administrateur relève la limite.</translation>
    </message>
    <message>
        <source>Your server has been disabled by its administrator. Sign-ins and most actions are refused until it is enabled again.</source>
        <translation>Votre serveur a été désactivé par son administrateur. Les connexions et la plupart des actions sont refusées jusqu’à ce qu’il soit réactivé.</translation>
    </message>
    <message>
        <source>Your server has reached a usage limit and is refusing some requests. Contact its administrator for help.</source>
        <translation>Votre serveur a atteint une limite d’utilisation et refuse certaines requêtes. Contactez son administrateur pour obtenir de l’aide.</translation>
    </message>
</context>
<context>
    <name>nb::UsageLimitBanner</name>
    <message>
        <source>Usage limit</source>
        <translation>Limite d’utilisation</translation>
    </message>
    <message>
        <source>no contact given</source>
        <translation>aucun contact indiqué</translation>
    </message>
    <message>
        <source>Contact your server administrator: %1</source>
        <translation>Contactez l’administrateur de votre serveur : %1</translation>
    </message>
    <message>
        <source>Terms of service: %1</source>
        <translation>Conditions d’utilisation : %1</translation>
    </message>
    <message>
        <source>The server gave no safe address for its terms; ask its administrators for them.</source>
        <translation>Le serveur n’a donné aucune adresse sûre pour ses conditions ; demandez-les à ses administrateurs.</translation>
    </message>
    <message>
        <source>Your server&apos;s administrators: %1</source>
        <translation>Administrateurs de votre serveur : %1</translation>
    </message>
</context>
<context>
    <name>nb::campaign::CampaignTableModel</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>noticeboard</name>
    <message>
        <source>Server notices from your Matrix homeserver.</source>
        <translation>Les avis de votre serveur d’accueil Matrix.</translation>
    </message>
    <message>
        <source>Keep the session and settings in DIR instead of the default place (shared with noticectl).</source>
        <translation>Garder la session et les paramètres dans DIR au lieu de l’emplacement par défaut (partagé avec noticectl).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (the window opens when there is no tray).</source>
        <translation>Démarrer dans la zone de notification sans ouvrir la fenêtre (la fenêtre s’ouvre s’il n’y a pas de zone de notification).</translation>
    </message>
</context>
<context>
    <name>noticectl</name>
    <message>
        <source>Run &apos;noticectl help&apos; for the commands.</source>
        <translation>Lancez &apos;noticectl help&apos; pour voir les commandes.</translation>
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
        <translation>noticectl – les avis du serveur en ligne de commande

Utilisation : noticectl [--profile DIR] [--json] COMMANDE [ARGUMENTS]

  login --user USER [--homeserver URL|SERVER_NAME] [--password-stdin]
  logout
  inbox [--json]             vos salons d’avis et leurs avis
  status [--json]            la limite d’utilisation en vigueur, s’il y en a une, et ce que le
                             serveur dit de votre compte (conditions à accepter, suspendu, verrouillé)
  accept ROOM                ouvrir un avis auquel vous avez été invité
  archive ROOM               quitter un salon d’avis (si sa règle de départ le permet)
  reject ROOM                décliner une invitation à un avis non vérifié
  forget ROOM                supprimer un avis archivé
  read ROOM [--private] [--public]
                             marquer un salon d’avis comme lu ; --private : un accusé de lecture
                             privé, l’expéditeur n’en est pas informé (par défaut : le paramètre
                             de l’application, public sauf s’il est désactivé)
  reply ROOM TEXT            répondre dans un salon d’avis qui accepte les réponses

Administrateurs du serveur :
  admin check                si vous êtes administrateur du serveur ({&quot;admin&quot;: bool})
  admin sent [--json]        les salons d’avis que vous avez créés : destinataire, appartenance,
                             lu, règle de départ
  room create --preset notice|notice_readonly --invite USER [--name N] [--topic T] [--allow-leave] [--json]
  send ROOM TEXT [--markdown] publier un avis ; affiche l’identifiant de l’événement
  pin ROOM EVENT, unpin ROOM EVENT
  leave-rule ROOM allow|deny
  notify (--to USER ... | --to-file F | --all-local-users) --via rooms|server-notices
         [--preset P] [--allow-leave] [--markdown] [--journal FILE] [--lift-rate-limit]
         [--concurrency N] [--json] TEXT
                             le journal enregistre la campagne (par défaut : un nouveau dans le
                             dossier « campaigns » du profil) ; la même commande avec le même
                             --journal la reprend, et une campagne vers --all-local-users relancée
                             atteint les comptes créés depuis, et eux seuls
  campaign list [--json]     campagnes passées : livrés, échoués, rejoints, lus, répondus, archivés
  campaign show --journal FILE [--json]   une campagne, par destinataire
  campaign recall --journal FILE --reason TEXT [--lift-rate-limit]
                             retirer chaque avis livré par la campagne (voie rooms)
  campaign correct --journal FILE [--markdown] [--lift-rate-limit] TEXT
                             remplacer chaque avis livré par TEXT (voie rooms)
  usage-limit USER --limit-type T [--admin-contact URI] [--clear]

Les options qu’une commande ne prend pas sont refusées (code 2), avec la plus proche qu’elle
prend ; après --, chaque argument est du texte, même s’il commence par --.

Codes de sortie : 0 terminé, 2 erreur d’utilisation (aussi un fichier indiqué qui n’est pas ce qu’il
doit être), 3 refusé par les règles du salon (ou pas administrateur), 4 refusé par le serveur,
5 serveur injoignable, 6 le profil est utilisé par l’application ou un autre noticectl ;
notify et campaign aussi : 1 journal impossible à écrire,
130/143 arrêté par SIGINT/SIGTERM (le journal est cohérent ; relancez pour reprendre).
</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.%2</source>
        <translation>Commande inconnue &apos;%1&apos;.%2</translation>
    </message>
    <message>
        <source> Did you mean &apos;%1&apos;?</source>
        <translation> Vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source> for &apos;%1&apos;</source>
        <translation> pour &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unknown option %1%2.</source>
        <translation>Option inconnue %1%2.</translation>
    </message>
    <message>
        <source> Did you mean --%1?</source>
        <translation> Vouliez-vous dire --%1 ?</translation>
    </message>
    <message>
        <source> It is an option of &apos;%1&apos;.</source>
        <translation> C’est une option de &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Argument %1 is %2 bytes long; the most noticectl takes is %3.</source>
        <translation>L’argument %1 fait %2 octets ; noticectl en accepte au plus %3.</translation>
    </message>
    <message>
        <source>%1 is not an option: options start with two dashes%2. Text that starts with a dash goes after --.</source>
        <translation>%1 n’est pas une option : les options commencent par deux tirets%2. Un texte qui commence par un tiret se place après --.</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 a été donné plus d’une fois.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 a besoin d’une valeur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2; &apos;%3&apos; is one too many.%4</source>
        <translation>&apos;%1&apos; prend %2 ; &apos;%3&apos; est de trop.%4</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>aucun argument</translation>
    </message>
    <message>
        <source>%1 The server does not list you as an administrator in /.well-known/matrix/support either, so your notice rooms would look unverified to their recipients; &apos;noticectl %2&apos; refused.</source>
        <translation>%1 Le serveur ne vous indique pas non plus comme administrateur dans /.well-known/matrix/support, vos salons d’avis paraîtraient donc non vérifiés à leurs destinataires ; &apos;noticectl %2&apos; refusé.</translation>
    </message>
    <message>
        <source>%1 &apos;noticectl %2&apos; is for server administrators only.</source>
        <translation>%1 &apos;noticectl %2&apos; est réservé aux administrateurs du serveur.</translation>
    </message>
    <message>
        <source>use &apos;admin check&apos; or &apos;admin sent&apos;.</source>
        <translation>utilisez &apos;admin check&apos; ou &apos;admin sent&apos;.</translation>
    </message>
    <message>
        <source>use &apos;room create --preset notice|notice_readonly --invite USER&apos;.</source>
        <translation>utilisez &apos;room create --preset notice|notice_readonly --invite USER&apos;.</translation>
    </message>
    <message>
        <source>--preset must be notice (the recipient may reply) or notice_readonly.</source>
        <translation>--preset doit être notice (le destinataire peut répondre) ou notice_readonly.</translation>
    </message>
    <message>
        <source>room create needs exactly one --invite USER (MSC4279: one invitee at creation).</source>
        <translation>room create a besoin d’exactement un --invite USER (MSC4279 : un invité à la création).</translation>
    </message>
    <message>
        <source>“%1” is not a Matrix user ID (like @alice:example.org).</source>
        <translation>« %1 » n’est pas un identifiant d’utilisateur Matrix (comme @alice:example.org).</translation>
    </message>
    <message>
        <source>send needs ROOM and TEXT.</source>
        <translation>send a besoin de ROOM et TEXT.</translation>
    </message>
    <message>
        <source>%1 needs ROOM and EVENT.</source>
        <translation>%1 a besoin de ROOM et EVENT.</translation>
    </message>
    <message>
        <source>use &apos;leave-rule ROOM allow&apos; or &apos;leave-rule ROOM deny&apos;.</source>
        <translation>utilisez &apos;leave-rule ROOM allow&apos; ou &apos;leave-rule ROOM deny&apos;.</translation>
    </message>
    <message>
        <source>usage-limit needs exactly one USER.</source>
        <translation>usage-limit a besoin d’exactement un USER.</translation>
    </message>
    <message>
        <source>usage-limit needs --limit-type T (e.g. monthly_active_user), or --clear.</source>
        <translation>usage-limit a besoin de --limit-type T (par ex. monthly_active_user) ou de --clear.</translation>
    </message>
    <message>
        <source>%1 is not a campaign journal.</source>
        <translation>%1 n’est pas un journal de campagne.</translation>
    </message>
    <message>
        <source>Sent by %1: log in as that account to see who joined, read or replied.</source>
        <translation>Envoyé par %1 : connectez-vous avec ce compte pour voir qui a rejoint, lu ou répondu.</translation>
    </message>
    <message>
        <source>campaign show needs --journal FILE.</source>
        <translation>campaign show a besoin de --journal FILE.</translation>
    </message>
    <message>
        <source>campaign %1 needs --journal FILE (the campaign&apos;s journal).</source>
        <translation>campaign %1 a besoin de --journal FILE (le journal de la campagne).</translation>
    </message>
    <message>
        <source>campaign recall takes no TEXT; the reason goes in --reason.</source>
        <translation>campaign recall ne prend pas de TEXT ; la raison va dans --reason.</translation>
    </message>
    <message>
        <source>campaign correct needs the corrected TEXT as one argument (quote it).</source>
        <translation>campaign correct a besoin du TEXT corrigé en un seul argument (entre guillemets).</translation>
    </message>
    <message>
        <source>campaign needs list, show, recall or correct.</source>
        <translation>campaign a besoin de list, show, recall ou correct.</translation>
    </message>
    <message>
        <source>campaign %1 takes no other arguments.</source>
        <translation>campaign %1 ne prend pas d’autres arguments.</translation>
    </message>
    <message>
        <source>your server</source>
        <translation>votre serveur</translation>
    </message>
    <message>
        <source>its sender</source>
        <translation>son expéditeur</translation>
    </message>
    <message>
        <source>(withdrawn by %1)</source>
        <translation>(retiré par %1)</translation>
    </message>
    <message>
        <source>(withdrawn by %1: %2)</source>
        <translation>(retiré par %1 : %2)</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>(the server gave no safe address for them)</source>
        <translation>(le serveur n’a donné aucune adresse sûre pour eux)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <source>(the server gave no safe address to contact)</source>
        <translation>(le serveur n’a donné aucune adresse de contact sûre)</translation>
    </message>
    <message>
        <source>notify needs the notice TEXT as one argument (quote it).</source>
        <translation>notify a besoin du TEXT de l’avis en un seul argument (entre guillemets).</translation>
    </message>
    <message>
        <source>notify needs exactly one of --to USER (repeatable), --to-file FILE or --all-local-users.</source>
        <translation>notify a besoin d’exactement un de --to USER (répétable), --to-file FILE ou --all-local-users.</translation>
    </message>
    <message>
        <source>notify needs --via rooms (a notice room per user) or --via server-notices.</source>
        <translation>notify a besoin de --via rooms (un salon d’avis par utilisateur) ou --via server-notices.</translation>
    </message>
    <message>
        <source>--journal needs a FILE: it records the delivery, so a rerun resumes it.</source>
        <translation>--journal a besoin d’un FILE : il enregistre la livraison, pour qu’une relance la reprenne.</translation>
    </message>
    <message>
        <source>--preset and --allow-leave are for --via rooms; the server notices room is Synapse&apos;s own.</source>
        <translation>--preset et --allow-leave sont pour --via rooms ; le salon des avis du serveur appartient à Synapse.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation>--concurrency doit être un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>The recipient list</source>
        <translation>La liste des destinataires</translation>
    </message>
    <message>
        <source>fix the recipient list; nothing was sent.</source>
        <translation>corrigez la liste des destinataires ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>%1 needs exactly one ROOM (a room ID from &apos;noticectl inbox&apos;).</source>
        <translation>%1 a besoin d’exactement un ROOM (un identifiant de salon de &apos;noticectl inbox&apos;).</translation>
    </message>
    <message>
        <source>read takes --private or --public, not both.</source>
        <translation>read prend --private ou --public, pas les deux.</translation>
    </message>
    <message>
        <source>--private and --public go with read only.</source>
        <translation>--private et --public ne vont qu’avec read.</translation>
    </message>
    <message>
        <source>reply needs ROOM and TEXT.</source>
        <translation>reply a besoin de ROOM et TEXT.</translation>
    </message>
    <message>
        <source>login needs --user USER (a Matrix ID, or a user name with --homeserver).</source>
        <translation>login a besoin de --user USER (un identifiant Matrix, ou un nom d’utilisateur avec --homeserver).</translation>
    </message>
    <message>
        <source>login with a bare user name needs --homeserver URL|SERVER_NAME.</source>
        <translation>login avec un simple nom d’utilisateur a besoin de --homeserver URL|SERVER_NAME.</translation>
    </message>
    <message numerus="yes">
        <source>%n argument(s)</source>
        <translation>
            <numerusform>%n argument</numerusform>
            <numerusform>%n arguments</numerusform>
        </translation>
    </message>
    <message>
        <source>invited</source>
        <comment>admin sent: recipient&apos;s membership</comment>
        <translation>invité</translation>
    </message>
    <message>
        <source>joined</source>
        <comment>admin sent: recipient&apos;s membership</comment>
        <translation>rejoint</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>admin sent: recipient&apos;s membership</comment>
        <translation>archivé</translation>
    </message>
    <message>
        <source>You have not sent any notice rooms.</source>
        <translation>Vous n’avez envoyé aucun salon d’avis.</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>SALON</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>DESTINATAIRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>LEAVE</source>
        <translation>DÉPART</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>admin sent: read</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <comment>admin sent: read</comment>
        <translation>non</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>réponse : %1</translation>
    </message>
    <message>
        <source>No notices for %1.</source>
        <translation>Aucun avis pour %1.</translation>
    </message>
    <message>
        <source>TRUST</source>
        <translation>CONFIANCE</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>NON LUS</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>DERNIER</translation>
    </message>
    <message>
        <source>new</source>
        <comment>inbox table: a notice not opened yet</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>inbox table: state</comment>
        <translation>archivé</translation>
    </message>
    <message>
        <source>open</source>
        <comment>inbox table: an opened notice</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>official</source>
        <comment>inbox table: trust</comment>
        <translation>officiel</translation>
    </message>
    <message>
        <source>unverified</source>
        <comment>inbox table: trust</comment>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>warning: not verified as sent by your server: %1</source>
        <translation>attention : non vérifié comme envoyé par votre serveur : %1</translation>
    </message>
    <message>
        <source>Terms of service: %1</source>
        <translation>Conditions d’utilisation : %1</translation>
    </message>
    <message>
        <source>Your server&apos;s administrators: %1</source>
        <translation>Administrateurs de votre serveur : %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>No usage limit is in force.</source>
        <translation>Aucune limite d’utilisation n’est en vigueur.</translation>
    </message>
    <message>
        <source>No usage limit is known yet: a notice from your server has not been opened.</source>
        <translation>Aucune limite d’utilisation n’est encore connue : un avis de votre serveur n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>A notice from your server is waiting in %1; open it with: noticectl accept %1</source>
        <translation>Un avis de votre serveur attend dans %1 ; ouvrez-le avec : noticectl accept %1</translation>
    </message>
    <message>
        <source>A notice from your server is waiting in %1 (%2); open it with: noticectl accept %1</source>
        <translation>Un avis de votre serveur attend dans %1 (%2) ; ouvrez-le avec : noticectl accept %1</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>%1: the server&apos;s rate limits for %2 are still lifted: a run of this campaign was stopped before putting them back. To put them back, resume it (run the stopped notify, recall or correct command again with this --journal), or recall the campaign (campaign recall with this --journal), which also withdraws what it delivered.</source>
        <translation>%1 : les limites de débit du serveur pour %2 sont toujours levées : une exécution de cette campagne a été arrêtée avant de les rétablir. Pour les rétablir, reprenez-la (relancez la commande notify, recall ou correct arrêtée avec ce --journal), ou retirez la campagne (campaign recall avec ce --journal), ce qui retire aussi ce qu’elle a distribué.</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 faits</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>échec %1 : %2</translation>
    </message>
    <message>
        <source>stopping; requests in flight finish and are recorded (Ctrl-C again to quit at once)</source>
        <translation>arrêt en cours ; les requêtes en vol se terminent et sont enregistrées (Ctrl-C de nouveau pour quitter tout de suite)</translation>
    </message>
    <message>
        <source>%1 recipients: delivered %2, failed %3, pending %4, joined %5, read %6, replied %7, archived %8</source>
        <translation>%1 destinataires : remis %2, échoués %3, en attente %4, rejoint %5, lus %6, répondu %7, archivés %8</translation>
    </message>
    <message>
        <source>, recalled %1</source>
        <translation>, rappelés %1</translation>
    </message>
    <message>
        <source>, corrected %1</source>
        <translation>, corrigés %1</translation>
    </message>
    <message>
        <source>No campaigns yet (journals are kept in %1).</source>
        <translation>Aucune campagne pour l’instant (les journaux sont gardés dans %1).</translation>
    </message>
    <message>
        <source>, recalled</source>
        <translation>, rappelé</translation>
    </message>
    <message>
        <source>, corrected</source>
        <translation>, corrigé</translation>
    </message>
    <message>
        <source>no membership</source>
        <translation>aucune appartenance</translation>
    </message>
    <message>
        <source>, read</source>
        <translation>, lu</translation>
    </message>
    <message>
        <source>, replied</source>
        <translation>, répondu</translation>
    </message>
    <message>
        <source>resuming for %1 delivered notice(s), %2 done before</source>
        <translation>reprise pour %1 avis remis, %2 déjà faits</translation>
    </message>
    <message>
        <source>starting for %1 delivered notice(s), %2 done before</source>
        <translation>début pour %1 avis remis, %2 déjà faits</translation>
    </message>
    <message>
        <source>; %1 at the server&apos;s pace (%2)</source>
        <translation> ; %1 au rythme du serveur (%2)</translation>
    </message>
    <message>
        <source>withdrawn %1, failed %2</source>
        <translation>retirés %1, échoués %2</translation>
    </message>
    <message>
        <source>corrected %1, failed %2</source>
        <translation>corrigés %1, échoués %2</translation>
    </message>
    <message>
        <source>, not yet done %1 (run the same command again to resume)</source>
        <translation>, pas encore faits %1 (relancez la même commande pour reprendre)</translation>
    </message>
    <message>
        <source>... and %1 more lines that are not Matrix IDs</source>
        <translation>… et %1 lignes de plus qui ne sont pas des identifiants Matrix</translation>
    </message>
    <message>
        <source>note: named more than once (one notice each): %1</source>
        <translation>remarque : nommés plus d’une fois (un avis chacun) : %1</translation>
    </message>
    <message>
        <source>resuming campaign %1 to %2 recipient(s) via %3; journal %4</source>
        <translation>reprise de la campagne %1 vers %2 destinataire(s) par %3 ; journal %4</translation>
    </message>
    <message>
        <source>starting campaign %1 to %2 recipient(s) via %3; journal %4</source>
        <translation>début de la campagne %1 vers %2 destinataire(s) par %3 ; journal %4</translation>
    </message>
    <message>
        <source>%1 new account(s) since the last run</source>
        <translation>%1 nouveau(x) compte(s) depuis la dernière exécution</translation>
    </message>
    <message>
        <source>%1 to go, %2 at the server&apos;s pace (%3)</source>
        <translation>encore %1, %2 au rythme du serveur (%3)</translation>
    </message>
    <message>
        <source>hint: --lift-rate-limit exempts your account from the server&apos;s rate limits while this runs (your current setting is put back afterwards)</source>
        <translation>astuce : --lift-rate-limit exempte votre compte des limites de débit du serveur pendant cette exécution (votre réglage actuel est rétabli ensuite)</translation>
    </message>
    <message>
        <source>sent %1, failed %2, skipped %3</source>
        <translation>envoyés %1, échoués %2, ignorés %3</translation>
    </message>
    <message>
        <source>, not yet sent %1 (run again with --journal %2 to resume)</source>
        <translation>, pas encore envoyés %1 (relancez avec --journal %2 pour reprendre)</translation>
    </message>
    <message>
        <source>Whether a usage limit is in force is not known: the server did not let this account read its notices.</source>
        <translation>On ne sait pas si une limite d’utilisation est en vigueur : le serveur n’a pas laissé ce compte lire ses avis.</translation>
    </message>
</context>
</TS>
