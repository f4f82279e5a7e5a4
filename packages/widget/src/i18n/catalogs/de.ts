import type { Catalog } from '../messages';
import { plural } from '../plural';

/** German, addressing the visitor as „Sie“. */
export const catalog: Catalog = {
  launcherLabel: 'Hilfe',
  panelLabel: 'Hilfe',
  closeLabel: 'Hilfe schließen',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  backLabel: 'Zurück',
  unreadBadge: (count) =>
    plural('de', count, { one: '# ungelesene Nachricht', other: '# ungelesene Nachrichten' }),
  errors: {
    default: 'Die Hilfe ist gerade leider nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.',
    network:
      'Unser Hilfe-Service ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Unser Hilfe-Service antwortet zu langsam. Bitte versuchen Sie es erneut.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    unauthorized: 'Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.',
    forbidden: 'Dazu fehlt Ihnen die Berechtigung.',
    not_found:
      'Die Hilfe ist auf dieser Seite noch nicht eingerichtet. Wenn Sie diese Website betreiben, prüfen Sie den Widget-Schlüssel.',
    conflict:
      'Diese Anfrage wird noch bearbeitet. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    invalid_request:
      'Mit Ihrer Anfrage stimmt etwas nicht. Bitte prüfen Sie sie und versuchen Sie es erneut.',
    rate_limited:
      'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
    server:
      'Bei unserem Hilfe-Service ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
    invalid_response:
      'Unser Hilfe-Service hat eine unerwartete Antwort gesendet. Bitte versuchen Sie es später erneut.',
  },
  dates: {
    today: 'Heute',
    yesterday: 'Gestern',
    updated: (date) => `Aktualisiert am ${date}`,
  },
  form: {
    name: 'Name',
    email: 'E-Mail-Adresse',
    subject: 'Betreff',
    message: 'Nachricht',
    optional: (label) => `${label} (optional)`,
    required: 'Bitte füllen Sie dieses Feld aus.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    tooLong: (max) => plural('de', max, { other: 'Bitte verwenden Sie höchstens # Zeichen.' }),
  },
  home: {
    greetingTitle: 'Hallo',
    greetingMessage: 'Wie können wir Ihnen helfen?',
    greetingNamed: (name) => `Hallo ${name}`,
    newConversation: 'Schreiben Sie uns',
    recentConversation: 'Letzte Unterhaltung',
    allConversations: 'Alle Unterhaltungen ansehen',
    suggestedArticles: 'Empfohlene Artikel',
    checkRequest: 'Status einer Anfrage prüfen',
    repliesSoon: 'Wir antworten in der Regel innerhalb weniger Minuten',
    repliesInMinutes: (n) =>
      plural('de', n, {
        one: 'Wir antworten in der Regel innerhalb einer Minute',
        other: 'Wir antworten in der Regel innerhalb von # Minuten',
      }),
    repliesInHours: (n) =>
      plural('de', n, {
        one: 'Wir antworten in der Regel innerhalb einer Stunde',
        other: 'Wir antworten in der Regel innerhalb von # Stunden',
      }),
    repliesInDays: (n) =>
      plural('de', n, {
        one: 'Wir antworten in der Regel innerhalb eines Tages',
        other: 'Wir antworten in der Regel innerhalb von # Tagen',
      }),
    backAt: (time) => `Wir sind gerade nicht da – ab ${time} wieder erreichbar`,
    backTomorrowAt: (time) => `Wir sind gerade nicht da – morgen ab ${time} wieder erreichbar`,
    backOnAt: (day, time) => `Wir sind gerade nicht da – am ${day} ab ${time} wieder erreichbar`,
    away: 'Wir sind gerade nicht da. Hinterlassen Sie uns eine Nachricht, wir antworten Ihnen per E-Mail.',
  },
  search: {
    label: 'Hilfe durchsuchen',
    clear: 'Suche löschen',
    searching: 'Suche läuft…',
    results: (count) => plural('de', count, { one: '# Ergebnis', other: '# Ergebnisse' }),
    empty: (query) => `Keine Ergebnisse für „${query}“`,
    emptyHint: 'Versuchen Sie es mit anderen Begriffen oder schreiben Sie uns.',
    error: 'Die Suche funktioniert gerade nicht. Bitte versuchen Sie es erneut.',
    stillNeedHelp: 'Brauchen Sie weitere Hilfe?',
    messageUs: 'Schreiben Sie uns',
  },
  article: {
    helpful: 'Hat dieser Artikel Ihre Frage beantwortet?',
    yes: 'Ja',
    no: 'Nein',
    comment: 'Wie können wir diesen Artikel verbessern?',
    send: 'Feedback senden',
    thanks: 'Danke für Ihr Feedback!',
    newTab: '(öffnet in einem neuen Tab)',
    unavailable: 'Dieser Artikel ist nicht mehr verfügbar.',
  },
  composer: {
    title: 'Neue Nachricht',
    label: 'Nachricht',
    placeholder: 'Nachricht schreiben…',
    send: 'Senden',
    attach: 'Dateien anhängen',
    remove: (file) => `${file} entfernen`,
    uploading: (file) => `${file} wird hochgeladen…`,
    suggestions: 'Diese Artikel könnten helfen',
    preChat: 'Bevor es losgeht: Erzählen Sie uns kurz etwas über sich.',
    start: 'Unterhaltung beginnen',
    fileTooLarge: (file, max) => `${file} ist zu groß. Dateien dürfen höchstens ${max} groß sein.`,
    fileType: (file) => `Der Dateityp von ${file} wird nicht unterstützt.`,
    tooManyFiles: (max) =>
      plural('de', max, {
        one: 'Sie können jeweils nur eine Datei anhängen.',
        other: 'Sie können jeweils bis zu # Dateien anhängen.',
      }),
  },
  conversation: {
    title: 'Unterhaltung',
    log: 'Nachrichten',
    you: 'Sie',
    bot: 'Bot',
    team: 'Support-Team',
    waitingForPerson: 'Wir verbinden Sie mit einer Person, sobald jemand verfügbar ist.',
    typing: (name) => `${name} schreibt…`,
    sending: 'Wird gesendet…',
    sent: 'Gesendet',
    seen: 'Gelesen',
    failed: 'Nicht gesendet',
    discard: 'Löschen',
    talkToPerson: 'Mit einer Person sprechen',
    resolved: 'Diese Unterhaltung wurde gelöst.',
    reopenHint: 'Senden Sie eine Nachricht, um sie wieder zu öffnen.',
    newConversation: 'Neue Unterhaltung beginnen',
    offline: 'Sie sind offline. Sobald Ihre Verbindung wieder steht, verbinden wir uns neu.',
    reconnecting: 'Verbindung wird wiederhergestellt…',
    earlier: 'Frühere Nachrichten anzeigen',
    newMessages: 'Neue Nachrichten',
    download: (file) => `${file} herunterladen`,
    quickReplies: 'Antwortvorschläge',
    readArticle: 'Artikel lesen',
    openLink: 'Link öffnen',
    unavailable: 'Diese Unterhaltung ist nicht mehr verfügbar.',
  },
  rating: {
    question: 'Wie bewerten Sie diese Unterhaltung?',
    scores: ['Sehr schlecht', 'Schlecht', 'Okay', 'Gut', 'Sehr gut'],
    comment: 'Kommentar hinzufügen',
    send: 'Bewertung senden',
    thanks: 'Danke für Ihre Bewertung!',
  },
  events: {
    assigned: (name) => `${name} ist der Unterhaltung beigetreten`,
    handoff: 'Sie haben darum gebeten, mit einer Person zu sprechen',
    resolved: 'Unterhaltung gelöst',
    reopened: 'Unterhaltung wieder geöffnet',
    rated: (score) => `Sie haben diese Unterhaltung mit ${score} von 5 bewertet`,
  },
  conversations: {
    title: 'Nachrichten',
    empty: 'Noch keine Unterhaltungen',
    fromYou: (text) => `Sie: ${text}`,
    attachment: 'Anhang',
    open: 'Offen',
    resolved: 'Gelöst',
    more: 'Mehr anzeigen',
  },
  tickets: {
    lookupTitle: 'Status einer Anfrage prüfen',
    lookupIntro:
      'Geben Sie die Referenz aus unserer E-Mail und die E-Mail-Adresse ein, die Sie verwendet haben.',
    reference: 'Referenz',
    lookup: 'Status prüfen',
    notFound:
      'Wir konnten keine Anfrage mit dieser Referenz und E-Mail-Adresse finden. Bitte prüfen Sie beides und versuchen Sie es erneut.',
    title: (reference) => `Anfrage ${reference}`,
    status: {
      received: 'Eingegangen',
      open: 'Offen',
      waiting_on_customer: 'Wartet auf Ihre Antwort',
      solved: 'Gelöst',
      closed: 'Geschlossen',
    },
    history: 'Statusverlauf',
    submitted: (date) => `Gesendet am ${date}`,
    messages: (count) => plural('de', count, { one: '# Nachricht', other: '# Nachrichten' }),
    reply: 'Ihre Antwort',
    replyPlaceholder: 'Antwort schreiben…',
    sendReply: 'Antwort senden',
    closed:
      'Diese Anfrage ist geschlossen. Wenn Sie noch Hilfe brauchen, schreiben Sie uns eine neue Nachricht.',
    solvedHint:
      'Diese Anfrage ist gelöst. Wenn Sie noch Hilfe brauchen, antworten Sie einfach, und wir öffnen sie wieder.',
    listTitle: 'Ihre Anfragen',
    listEmpty: 'Sie haben noch keine Anfragen.',
  },
  offline: {
    title: 'Nachricht hinterlassen',
    intro: 'Wir sind gerade nicht da. Hinterlassen Sie uns eine Nachricht, wir antworten Ihnen per E-Mail.',
    send: 'Nachricht senden',
    sentTitle: 'Nachricht gesendet',
    sent: (email) => `Danke! Wir antworten an ${email}.`,
    reference: (reference) =>
      `Ihre Referenz lautet ${reference}. Bewahren Sie sie auf, um den Status Ihrer Anfrage später zu prüfen.`,
    viewRequest: 'Anfrage ansehen',
  },
  notifications: {
    pageTitle: (count, title) => `(${count}) ${title}`,
    newMessage: (name) => `Neue Nachricht von ${name}`,
    enable: 'Bei Antworten benachrichtigen',
  },
  nudge: {
    label: (brand) => `Nachricht von ${brand}`,
    dismiss: 'Ausblenden',
  },
};
