# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Spanish (Español). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Pantallas
screen-today = Hoy
screen-people = Personas
screen-settings = Ajustes

## Teclas (etiquetas del pie, de la ayuda y de los menús de acciones)
key-new-visit = Nueva visita
key-mark-seen = En atención
key-mark-done = Terminada
key-mark-left = Se fue sin atención
key-mark-waiting = Poner en espera
key-open-person = Abrir persona
key-new-person = Nueva persona
key-new-visit-for-person = Nueva visita de esta persona
key-edit-person = Editar persona
key-search = Buscar
key-back = Atrás
key-save = Guardar
key-cancel = Cerrar
key-next-field = Campo siguiente
key-prev-field = Campo anterior
key-choose = Elegir
key-toggle = Marcar / cambiar
key-up = Arriba
key-down = Abajo
key-left = Izquierda
key-right = Derecha
key-page-up = Página arriba
key-page-down = Página abajo
key-home = Primero
key-end = Último
key-menu = Acciones
key-go-today = Ir a Hoy
key-go-people = Ir a Personas
key-go-settings = Ir a Ajustes
key-help = Ayuda
key-language = Idioma
key-quit = Salir

## Hoy
today-counts = En espera: { $waiting } · En atención: { $seen } · Terminadas: { $done } · Se fueron: { $left }
today-empty = Todavía no hay nadie en la cola. Pulsa Ctrl+N para anotar una visita.
col-ref = Ref.
col-name = Nombre
col-arrived = Lleg.
col-waiting = Espera
col-needs = Necesidades
col-state = Estado
col-born = Nac.
col-last-visit = Última visita
col-date = Fecha
col-language = Idioma
col-interpreting = Interpretación
anonymous-walk-in = Visita anónima

## Estados de una visita
state-waiting = en espera
state-being-seen = en atención
state-done = terminada
state-left = se fue sin atención

## Áreas de necesidad (Indicators of Integration del Home Office)
domain-work = Empleo
domain-education = Educación
domain-housing = Vivienda
domain-health = Salud y atención social
domain-leisure = Ocio
domain-social-bonds = Lazos comunitarios
domain-social-bridges = Puentes sociales
domain-social-links = Vínculos institucionales
domain-language = Idioma y comunicación
domain-culture = Cultura
domain-digital = Competencias digitales
domain-safety = Seguridad
domain-stability = Estabilidad
domain-rights = Derechos y deberes
domain-work-short = Empleo
domain-education-short = Educación
domain-housing-short = Vivienda
domain-health-short = Salud
domain-leisure-short = Ocio
domain-social-bonds-short = Lazos
domain-social-bridges-short = Puentes
domain-social-links-short = Instit.
domain-language-short = Idioma
domain-culture-short = Cultura
domain-digital-short = Digital
domain-safety-short = Seguridad
domain-stability-short = Estabilidad
domain-rights-short = Derechos

## Interpretación
interpreting-none = Ninguna
interpreting-volunteer = Voluntario
interpreting-phone = Teléfono
interpreting-professional = Profesional reservado
interpreting-family = Familiar o amigo
poor-practice = mala práctica: la próxima vez, reserva un intérprete

## Personas
people-search-label = Buscar nombre o referencia:
people-hint = Escribe unas letras de un nombre, o una referencia.
people-none = No se encontró a nadie. Pulsa Ctrl+N para añadir una nueva persona.
person-no-visits = Todavía no hay visitas.

## Formularios
form-new-visit = Nueva visita
form-new-person = Nueva persona
form-edit-person = Editar persona
field-visit-person = Persona
field-visit-needs = Necesidades
field-visit-language = Idioma usado
field-visit-interpreting = Interpretación
field-visit-notes = Nota
field-name = Nombre
field-year-of-birth = Año de nacimiento
field-gender = Género
field-gender-other = En sus palabras
field-country = País de origen
field-first-language = Lengua materna
field-other-languages = Otros idiomas
field-english-level = Inglés
field-needs-interpreter = Necesita intérprete
field-interpreter-gender = Género del intérprete
field-immigration-status = Situación migratoria
field-phone = Teléfono
field-notes = Notas
field-consent = Consentimiento
consent-keep-record = Acepta que guardemos un registro con sus datos
consent-given-on = Dio su consentimiento al registro el { $date }
consent-withdrawn-on = Retiró su consentimiento el { $date }
picker-new-person = Nueva persona «{ $name }»
picker-last-visit = última visita { $date }
needs-filter = Escribe para filtrar:
needs-no-match = Ninguna necesidad coincide con lo que escribiste.
hint-language-pick = ↑ ↓ y luego Enter para elegir
prefilled-last-visit = como en la última visita
value-none = —
value-not-recorded = no consta
value-yes = sí
value-no = no

## Valores
gender-woman = Mujer
gender-man = Hombre
gender-non-binary = No binario
gender-another-way = De otra forma
gender-prefer-not = Prefiere no decirlo
pref-woman = Una intérprete mujer
pref-man = Un intérprete hombre
pref-none = Sin preferencia
status-asylum-seeker = Solicitante de asilo
status-refugee = Refugiado (con permiso de residencia)
status-refused = Asilo denegado
status-nrpf = Sin acceso a fondos públicos (NRPF)
status-other = Otra situación
status-settled = Británico o con residencia permanente
status-unknown = Se desconoce
status-prefer-not = Prefiere no decirlo
english-none = Ninguno
english-basic = Básico
english-intermediate = Intermedio
english-fluent = Fluido

## Errores junto a los campos
error-empty = Este campo no puede quedar vacío.
error-too-long = Demasiado largo: { $max } caracteres como máximo.
error-year-range = Escribe un año entre { $min } y { $max }.
error-not-a-year = Escribe el año con cuatro cifras, por ejemplo 1990.
error-phone = Usa solo cifras, espacios, +, - y paréntesis (al menos 6 cifras).
error-consent = Sin consentimiento para guardar un registro, anota mejor una visita anónima.
error-person-missing = Elige una persona, una nueva persona o una visita anónima.
error-auto-lock = Escribe un número de minutos entre 1 y 60.
role-volunteer = Voluntario
role-coordinator = Coordinador
error-password-short = Al menos 10 caracteres, por favor (unas cuantas palabras juntas se recuerdan fácilmente).
error-password-long = Es demasiado larga: 200 caracteres como máximo.
error-password-mismatch = Las dos contraseñas no son iguales.
error-time-zone = dropin no conoce esa zona horaria. Usa un nombre como Europe/London.

## Línea de estado
status-visit-saved = Visita guardada para { $name }.
status-person-saved = Datos de { $name } guardados.
status-settings-saved = Ajustes guardados.
status-fix-errors = No se guardó: corrige los campos marcados, por favor.
status-cannot-move = Una visita en estado «{ $from }» no puede pasar a «{ $to }».
status-close-form-first = Primero guarda o cierra el formulario (Ctrl+S o Esc).

## Confirmaciones
confirm-title = Comprueba, por favor
confirm-quit-unsaved = Un formulario tiene cambios sin guardar. ¿Salir de todos modos?
confirm-quit = Salir sin guardar
confirm-keep-editing = Seguir editando
confirm-discard = ¿Cerrar este formulario y perder lo que escribiste?
confirm-discard-yes = Cerrar y perder los cambios
confirm-duplicate = Puede que esta persona ya esté registrada:
confirm-save-anyway = Guardar como nueva persona
confirm-go-back = Volver

## Ventanas superpuestas
help-title = Teclas
help-more = ↑ ↓ para ver más
menu-title = Acciones
language-title = Idioma
language-draft = borrador

## Ajustes
field-centre-name = Nombre del centro
field-time-zone = Zona horaria
field-language = Idioma en este equipo
field-rtl-visual = Ordenar el texto de derecha a izquierda (desactívalo si tu terminal ya lo hace)
field-native-digits = Números con las cifras de mi idioma
settings-digits-none = (este idioma escribe 0–9)
field-shaping = Unir las letras árabes
shaping-auto = Automático
shaping-on = Activado
shaping-off = Desactivado (el terminal las une)
shaping-now-on = se unen ahora
shaping-now-off = no se unen ahora
settings-screen-reader = ¿Usas un lector de pantalla? Desactiva «Ordenar el texto de derecha a izquierda» y «Unir las letras árabes»: un lector de pantalla lee la pantalla de izquierda a derecha, así que el texto que dropin ordena de derecha a izquierda se leería al revés.
language-console-cannot = Esta pantalla (la consola de Linux) no puede mostrar letras árabes ni etíopes. Para usar ese idioma, abre dropin en una ventana de terminal del escritorio.
language-console-note = no se puede mostrar aquí
field-auto-lock = Bloquear la pantalla tras estos minutos sin uso (1–60)
settings-hint = Tab pasa de un campo a otro, Space cambia una opción, Ctrl+S guarda.

## Mensajes de pantalla completa
too-small = Agranda la ventana, por favor: dropin necesita al menos { $width } columnas y { $height } filas (ahora { $current_width }×{ $current_height }).

## Errores de los datos
crash-message = dropin se detuvo por un fallo del programa. Todo lo guardado antes está a salvo. Vuelve a abrirlo y avisa a tu coordinador.
store-already-open = dropin ya está abierto en este equipo. Ciérralo primero, o haz lo mismo desde dentro del programa.
store-newer-schema = Estos datos los escribió una versión más nueva de dropin. No se cambió nada. Instala esa versión más nueva (o una posterior) para abrirlos, o restaura una copia de seguridad hecha con esta versión: dropin restore FILE --volunteer NAME --force (los datos de aquí se apartan, no se borran).
store-corrupt = Los datos están dañados y no se pueden leer. No se cambió nada. Restaura la última copia de seguridad: dropin restore FILE --volunteer NAME --force (los datos dañados se apartan, no se borran).
store-lost-writes = Los datos son más antiguos que lo último guardado: faltan los guardados { $first } a { $last }. No se cambió nada. Restaura la última copia de seguridad: dropin restore FILE --volunteer NAME --force (los datos de aquí se apartan, no se borran) y vuelve a introducir lo que se guardó después de ella.
store-lost-write = Los datos son más antiguos que lo último guardado: falta el guardado { $last }. No se cambió nada. Restaura la última copia de seguridad: dropin restore FILE --volunteer NAME --force (los datos de aquí se apartan, no se borran) y vuelve a introducir lo que se guardó después de ella.
store-latest-backup = La última copia de seguridad es { $file }
store-read-only = dropin no puede escribir en su carpeta de datos. Lo guardado antes está a salvo. Vuelve a permitir la escritura en la carpeta (o vuelve a conectar el disco) e inténtalo de nuevo.
store-disk-full = El disco está lleno: el último cambio no se guardó. Lo guardado antes está a salvo. Libera espacio y vuelve a guardar.
store-io = No se pudieron leer ni escribir los datos. No se guardó nada.
store-not-found = Ese registro ya no existe.
store-bad-transition = Ese cambio no es posible para esta visita.
store-consent-required = Solo se puede guardar un registro con el consentimiento de la persona.
store-backup-damaged = Esa copia de seguridad está dañada o fue modificada: no se puede usar. No se cambió nada.
store-not-empty = Esa carpeta ya contiene datos. Elige una carpeta vacía, o usa --force para apartar antes los datos actuales.
store-not-allowed = Solo un coordinador puede hacer eso.
store-not-signed-in = Primero inicia sesión, por favor.
store-wrong-password = Esa contraseña no es correcta. Comprueba el nombre y vuelve a intentarlo.
store-sign-in-wait = Demasiadas contraseñas incorrectas. Espera { $seconds } segundos y vuelve a intentarlo.
store-rotation-unfinished = Se interrumpió un cambio de la clave de los datos. Inicia sesión en dropin para terminarlo y vuelve a intentarlo.
crypto-undecryptable = No se pudo abrir un registro: está dañado o se modificó fuera de dropin. Restaura la última copia de seguridad.
crypto-truncated = Un registro está cortado: está dañado. Restaura la última copia de seguridad.
crypto-unknown-version = Un registro lo escribió un dropin más nuevo. Usa la versión más nueva, por favor.
crypto-too-long = Un registro es demasiado grande para protegerlo. No se guardó nada.
crypto-kdf = No se pudo comprobar la contraseña en este equipo (¿falta memoria?).
crypto-bad-recovery-key = Eso no es una clave de recuperación: revisa cada grupo de letras y cifras.
crypto-random = Este equipo no pudo crear una clave aleatoria segura.

## Configuración inicial, inicio de sesión, bloqueo
key-lock = Bloquear la pantalla
setup-title = Te damos la bienvenida a dropin
setup-intro = Primero, el nombre del centro y el primer coordinador, que añadirá a los demás voluntarios.
setup-your-name = Tu nombre
field-password = Contraseña
field-password-again = Repite la contraseña
setup-hint = Al menos 10 caracteres: unas palabras que vayas a recordar. Tab pasa al siguiente, Ctrl+S termina.
recovery-title = Tu clave de recuperación
recovery-intro = Si algún día se olvidan todas las contraseñas, esta clave es la única forma de volver a entrar en los datos. Solo se muestra ahora.
recovery-keep = Anótala o imprímela, y guárdala bajo llave, lejos de este equipo.
recovery-continue = Pulsa Enter cuando esté bien anotada.
signin-title = Iniciar sesión
lock-title = Bloqueada: inicia sesión para seguir
signin-name = Tu nombre
signin-hint-name = Escribe o elige tu nombre y pulsa Enter.
signin-hint-password = Escribe tu contraseña y pulsa Enter. Esc elige otro nombre.
signin-welcome = Sesión iniciada como { $name }.
status-draft-lost = No se pudo recuperar el formulario sin guardar de antes del bloqueo; empiézalo de nuevo, por favor.
signin-demo = Demo: { $coordinator } (coordinador) y { $volunteer } (voluntario) usan los dos la contraseña { $password }

## Iniciar sesión con la clave de recuperación
key-use-recovery-key = Usar la clave de recuperación
recovery-signin-title = Iniciar sesión con la clave de recuperación
recovery-signin-intro = Para cuando se han olvidado las contraseñas de todos los coordinadores: escribe la clave de recuperación que se anotó al configurar dropin. Un voluntario que solo ha olvidado su propia contraseña puede pedir a un coordinador que la restablezca.
field-recovery-key = Clave de recuperación
recovery-signin-hint = Los espacios y guiones no importan. Enter inicia sesión, Esc vuelve atrás.
recovery-wrong-key = Esta clave no abre los datos de este centro. Compárala con la copia escrita, grupo por grupo.
recovery-password-title = Elige una nueva contraseña
recovery-password-intro = La clave de recuperación abrió los datos y has iniciado sesión como { $name }. Elige una nueva contraseña para ti antes de seguir: a partir de ahora inicias sesión con ella.
recovery-password-hint = Al menos 10 caracteres: unas palabras que vayas a recordar. Tab pasa al siguiente, Enter o Ctrl+S guarda. Esc cierra la sesión sin nueva contraseña.
status-recovered = Contraseña guardada. Restablece las contraseñas de los demás voluntarios en Ajustes → Voluntarios (F8).

## dropin check
check-person-unreadable = No se puede abrir el registro de una persona: { $about }
check-visits-unreadable = No se pueden abrir las visitas de un día: { $about }
check-visit-unlisted = Una visita no está en la página de su persona: { $about }
check-visit-missing = La página de una persona cita una visita que no existe: { $about }
check-card-wrong = La búsqueda de personas tiene un nombre o teléfono antiguo para { $about }
check-card-missing = La búsqueda de personas no encuentra { $about }
check-cards-unreadable = No se puede abrir un bloque de los datos de búsqueda de personas: { $about }
check-audit-broken = El historial de actividad fue modificado: { $about }
check-all-well = Todos los registros se abren y concuerdan; el historial de actividad está intacto.

## Voluntarios
key-new-volunteer = Nuevo voluntario
key-change-password = Mi contraseña
key-reset-password = Restablecer contraseña
key-deactivate = Desactivar
field-role = Rol
form-new-volunteer = Nuevo voluntario
form-reset-password = Nueva contraseña
form-own-password = Cambiar mi contraseña
volunteer-reset-for = Una nueva contraseña para { $name }
volunteer-inactive = desactivado
settings-volunteers = Voluntarios (Ctrl+O sobre un nombre: restablecer contraseña, desactivar)
status-volunteer-added = Voluntario añadido.
status-password-reset = Contraseña guardada. Dísela en persona, no por escrito.
status-password-changed = Tu contraseña ha cambiado.
status-volunteer-deactivated = Voluntario desactivado: su contraseña ya no abre nada.
confirm-deactivate = ¿Desactivar a { $name }? Su contraseña ya no abrirá nada.
confirm-deactivate-yes = Desactivar
key-rotate-key = Cambiar la clave de los datos
confirm-rotate-key = ¿Cambiar ahora la clave de los datos?
confirm-rotate-key-why = Hazlo después de desactivar a un voluntario, o si los datos pueden haberse copiado: las copias antiguas de claves que queden en el disco ya no abrirán nada. Todos conservan su contraseña y la clave de recuperación sigue funcionando.
confirm-rotate-key-backups = Tarda desde unos segundos hasta unos minutos, y mientras tanto nadie puede usar dropin. Las copias de seguridad anteriores se siguen abriendo con la clave antigua: haz una nueva después.
confirm-rotate-key-yes = Cambiar la clave
work-rotation-title = Cambiando la clave de los datos
work-rotation-what = Cada registro se está cerrando de nuevo con una clave nueva.
work-rotation-progress = { $done } de { $total } registros
work-rotation-safe = Puedes salir (Ctrl+Q) en cualquier momento: continuará en el próximo inicio de sesión.
status-key-rotated = La clave de los datos ha cambiado. Haz ahora una nueva copia de seguridad (Ctrl+B): las copias anteriores se siguen abriendo con la clave antigua.
status-key-rotation-stopped = El cambio de la clave de los datos se detuvo: { $why } Continuará en el próximo inicio de sesión.

## Copias de seguridad en el programa
key-backup-now = Hacer copia ahora
field-backup-dir = Carpeta de copias (una memoria USB; vacía: sin copia diaria)
field-backups-kept = Copias que se guardan allí
error-backups-kept = Escribe un número entre 1 y 365.
status-backup-made = Copia de seguridad guardada: { $file }
store-no-backup-folder = La carpeta de copias no está configurada o no se encuentra. ¿Está puesta la memoria USB? Configúrala en F8 Ajustes.

## Historial de actividad
audit-title = Historial de actividad
audit-filter = Filtro (una referencia, el nombre de un voluntario o una fecha AAAA-MM-DD), luego Enter:
audit-none = Ninguna entrada coincide.
audit-signed-in = inició sesión
audit-signed-out = cerró sesión
audit-sign-in-failed = contraseña incorrecta
audit-viewed-person = vio a { $person }
audit-created-person = añadió a { $person }
audit-edited-person = editó a { $person }: { $fields }
audit-created-visit = anotó la visita { $visit } de { $person }
audit-edited-visit = cambió la visita { $visit }: { $fields }
audit-exported = exportó { $what }
audit-erased = borró a { $person }
audit-volunteer-added = añadió un voluntario
audit-volunteer-changed = cambió un voluntario
audit-key-rotated = cambió la clave de los datos
audit-backup-made = hizo una copia de seguridad
audit-restored = restauró una copia de seguridad
audit-recovery-key-used = inició sesión con la clave de recuperación
audit-service-saved = añadió o cambió un servicio
audit-directory-imported = importó servicios (Open Referral)
audit-referred = orientó o derivó a una persona
audit-followed-up = anotó el resultado de una derivación
audit-interpreter-saved = añadió o cambió un intérprete
audit-booking-saved = reservó un intérprete o cambió una reserva
audit-field-name = nombre
audit-field-year-of-birth = año de nacimiento
audit-field-gender = género
audit-field-country = país
audit-field-first-language = lengua materna
audit-field-other-languages = otros idiomas
audit-field-english-level = inglés
audit-field-needs-interpreter = necesita intérprete
audit-field-interpreter-gender = género del intérprete
audit-field-immigration-status = situación migratoria
audit-field-phone = teléfono
audit-field-notes = notas
audit-field-consent = consentimiento
audit-field-visit-state = estado
audit-field-needs = necesidades
audit-field-language = idioma
audit-field-interpreting = interpretación
audit-field-visit-notes = nota
audit-broken-edited = se editó una entrada
audit-broken-missing = falta una entrada
audit-broken-out-of-order = las entradas están desordenadas
key-audit-log = Historial de actividad

## Orientación y derivación
referral-kind-signposted = Orientación
referral-kind-referred = Derivación
referral-needs-consent = Una derivación necesita el consentimiento de la persona para compartir sus datos con el servicio. Pregúntale primero.
referral-needs-follow-up = Una derivación necesita una fecha de seguimiento, hoy o más adelante.
outcome-pending = Pendiente
outcome-attended = Asistió
outcome-not-attended = No asistió
outcome-declined = Lo rechazó
outcome-unknown = Se desconoce

## F6 Seguimientos
screen-follow-ups = Seguimientos
key-go-follow-ups = Ir a Seguimientos
key-outcome-attended = Asistió
key-outcome-not-attended = No asistió
key-outcome-declined = Lo rechazó
key-outcome-unknown = Se desconoce
key-outcome-pending = Sigue pendiente (nueva fecha)
key-close-visit-done = Cerrar visita: terminada
key-close-visit-left = Cerrar visita: se fue sin atención
follow-ups-counts = Derivaciones por seguir: { $referrals } · Visitas abiertas: { $visits } · Reservas por cerrar: { $bookings }
follow-ups-empty = Nada que seguir. Las derivaciones aparecen aquí en su fecha de seguimiento; también aparecen aquí las visitas de días anteriores que quedaron en la cola y las reservas de intérprete ya pasadas que siguen abiertas.
follow-ups-referral = Derivación: { $service }
follow-ups-visit = Visita abierta ({ $state })
col-due = Fecha
col-days-late = Retraso
col-what = Qué
status-outcome-recorded = Resultado anotado: { $outcome }.
status-follow-up-put-off = Sigue pendiente: nuevo seguimiento el { $date }.
status-visit-closed = Visita cerrada.
status-not-a-referral = Esa fila es una visita: d la cierra como terminada, l como se fue sin atención.
status-not-a-visit = Esa fila es una derivación: a asistió, n no asistió, x lo rechazó, u se desconoce, p sigue pendiente.
person-referral-pending = Seguimiento { $date }
col-kind = Tipo
col-service = Servicio
col-outcome = Resultado

## Directorio
field-stale-months = Marcar los servicios del directorio sin revisar desde hace estos meses (1–60)
error-stale-months = Escribe un número de meses entre 1 y 60.

## Formulario de orientación y derivación
form-referral = Orientar o derivar: { $name }
field-service = Servicio
field-referral-kind = Orientación o derivación
field-consent-to-share = Consentimiento
field-follow-up = Seguimiento el
referral-consent-question = Está de acuerdo en compartir sus datos con este servicio
referral-no-service-found = Ningún servicio coincide. ¿Menos letras, u otra palabra?
key-refer = Orientar o derivar
status-refer-whom = Elige una visita de una persona conocida (no una visita anónima), o abre su página, para orientarla o derivarla.
status-directory-empty = El directorio todavía no tiene ningún servicio activo (F4).
error-choose-service = Elige un servicio: escribe unas letras, luego ↑ ↓ y Enter.
status-signposted = Orientación de { $name } a { $service }.
status-referred = Derivación de { $name } a { $service }: aparecerá en F6 en su fecha de seguimiento.

## Importar y exportar Open Referral (dropin import hsds, dropin export hsds)
import-progress = leyendo el directorio
import-summary = Importación Open Referral — añadidos: { $added }, actualizados: { $updated }, sin cambios: { $unchanged }, rechazados: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …y 1 fila rechazada más, que no se muestra aquí.
       *[other] …y { $count } filas rechazadas más, que no se muestran aquí.
    }
import-at-line = { $file }, línea { $line }
import-at-item = { $file }, { $item }
import-at-file = { $file }
import-reason-not-utf8 = el texto de «{ $column }» no es UTF-8 válido
import-reason-fields = la fila tiene { $found } celdas y la cabecera tiene { $expected }
import-reason-json = no es JSON válido (desde la línea { $line }, columna { $column })
import-reason-too-large = el archivo es demasiado grande para leerlo como JSON ({ $mib } MiB); importa mejor el paquete CSV
import-reason-missing = «{ $column }» está vacío
import-reason-too-long = «{ $column }» es demasiado largo
import-reason-duplicate = el id «{ $id }» ya se usó en la línea { $first }
import-reason-no-organisation = su organización «{ $id }» no está en el directorio
import-reason-no-organisation-id = no indica ninguna organización
import-reason-organisation-rejected = su organización (línea { $line }) fue rechazada
import-reason-part-rejected = una de sus filas en { $file }, línea { $line }, fue rechazada
import-error-not-found = No hay nada en { $path }.
import-error-not-hsds = { $path } no es un paquete CSV de Open Referral (una carpeta con datapackage.json) ni JSON.
import-error-datapackage = { $file } no es una descripción de paquete de datos válida (línea { $line }). No se importó nada.
import-error-no-table = El paquete no tiene la tabla «{ $table }», que la importación necesita. No se importó nada.
import-error-file-missing = datapackage.json cita { $file }, que no existe. No se importó nada.
import-error-unsafe-path = datapackage.json cita { $file }, fuera de la carpeta del paquete: rechazado. No se importó nada.
import-error-missing-column = { $file } no tiene la columna «{ $column }», que la importación necesita: el archivo se rechaza y no se importó nada.
import-error-read = No se puede leer { $file } ({ $detail }).
import-error-mapping = Archivo de correspondencias, línea { $line }: «{ $text }» no es una regla (PATRÓN = ÁREA, ÁREA …). No se importó nada.
import-error-mapping-domain = Archivo de correspondencias, línea { $line }: «{ $text }» cita un área que no es ninguna de las 14. No se importó nada.
import-error-not-allowed = Solo un coordinador puede importar servicios al directorio.
export-progress = escribiendo el directorio
export-done = { $services ->
        [one] 1 servicio
       *[other] { $services } servicios
    } de { $organisations ->
        [one] 1 organización
       *[other] { $organisations } organizaciones
    } escritos en { $dir }.
export-error-not-empty = { $dir } no está vacío: elige una carpeta nueva o vacía.
export-error-write = No se puede escribir { $file } ({ $detail }).

## Hoja para la persona
slip-title = Hoja (Ctrl+P imprimir · Ctrl+T guardar como texto · Esc cerrar)
slip-address = Dirección
slip-phone = Teléfono
slip-opening-times = Horario
slip-website = Web
slip-email = Correo
key-print-slip = Imprimir
key-save-slip = Guardar como archivo de texto
field-printer = Impresora para las hojas (vacío: guardar como texto)
status-slip-saved = Hoja guardada como { $file }.
status-slip-not-saved = No se pudo guardar la hoja: { $why }
status-slip-printed = Hoja enviada a { $printer }.
status-slip-not-printed = La impresora { $printer } no aceptó la hoja. Comprueba su nombre en Ajustes (F8), o pulsa t para guardarla como archivo de texto.
status-no-printer = No hay ninguna impresora configurada (Ajustes, F8). Pulsa t para guardar la hoja como archivo de texto.
status-no-lp = Para imprimir hace falta la orden lp del sistema (CUPS), y este equipo no la tiene. Pulsa t para guardar la hoja como archivo de texto.
screen-directory = Directorio
key-go-directory = Ir a Directorio
key-new-service = Nuevo servicio
key-open-service = Abrir servicio
key-edit-service = Editar servicio
key-mark-verified = Marcar como revisado hoy
key-deactivate-service = Desactivar servicio
key-reactivate-service = Reactivar servicio
key-filter-domain = Filtrar por área
key-filter-language = Filtrar por idioma
key-show-inactive = Mostrar u ocultar servicios inactivos
directory-search-label = Buscar servicios:
directory-filter-domain = Área: { $domain }
directory-filter-language = Idioma: { $language }
directory-inactive-hidden = inactivos ocultos
directory-inactive-shown = inactivos visibles
directory-any = cualquiera
directory-summary = Mostrados: { $shown } de { $total } · ⚠ sin revisar desde hace { $months } meses: { $stale }
directory-empty = El directorio está vacío. Un coordinador añade servicios con Ctrl+N.
directory-none = Ningún servicio coincide. Esc borra la búsqueda y luego los filtros.
directory-inactive = inactivo
directory-never = nunca
directory-domain-title = Filtrar por área
directory-language-title = Filtrar por idioma
directory-any-domain = Cualquier área
directory-any-language = Cualquier idioma
col-organisation = Organización
col-domains = Áreas
col-checked = Revisado
form-new-service = Nuevo servicio
form-edit-service = Editar servicio
field-organisation = Organización
field-service-name = Nombre del servicio
field-description = Descripción
field-domains = Áreas
field-address = Dirección
field-postcode = Código postal
field-email = Correo electrónico
field-website = Web
field-opening-times = Horario
field-service-languages = Idiomas que se hablan
field-eligibility = Para quién es
field-how-to-refer = Cómo derivar
field-service-status = Estado
field-last-verified = Última revisión
field-source = Origen
service-active = Activo
service-inactive = Inactivo: no se ofrece por ahora
service-never-checked = nunca revisado
service-stale = sin revisar desde hace { $months } meses o más
service-typed = Escrito en este centro
service-imported = Importado de un directorio Open Referral el { $date } (su id: { $id })
status-service-saved = { $name } guardado.
status-service-verified = { $name } marcado como revisado hoy.
status-service-deactivated = { $name } está inactivo: la lista lo oculta (Ctrl+T muestra los servicios inactivos).
status-service-reactivated = { $name } vuelve a estar activo.
key-show-slip = Hoja
key-import-directory = Importar (Open Referral)
import-from-title = Importar servicios (Open Referral)
import-from-hint = Una carpeta con datapackage.json y archivos CSV, o un archivo o carpeta JSON. Enter importa; Esc vuelve atrás.
import-from-label = Ruta:
import-report-title = Importación
put-off-title = Sigue pendiente
put-off-hint = Nuevo seguimiento el (AAAA-MM-DD). Enter confirma; Esc vuelve atrás.

## Reservas de intérprete
booking-bad-duration = Una reserva dura de 1 minuto a 12 horas.
booking-interpreter-busy = Ese intérprete ya está reservado a esa hora (mira la reserva que se muestra).
booking-interpreter-inactive = Ese intérprete ya no está activo.
booking-bad-transition = Una reserva en ese estado no se puede cambiar así.
booking-no-show-too-early = Solo se puede anotar una ausencia una vez empezada la cita.

## F5 Intérpretes: la lista de intérpretes y las reservas
booking-person-busy = Esta persona ya tiene una reserva a esa hora (se muestra). Vuelve a guardar con Ctrl+S para reservar las dos.
interpreter-incomplete = Un intérprete necesita un nombre y al menos un idioma.
screen-interpreters = Intérpretes
key-go-interpreters = Ir a Intérpretes
key-new-interpreter = Nuevo intérprete
key-edit-interpreter = Editar intérprete
key-show-day = Día
key-show-week = Semana
key-show-roster = Lista
key-filter-gender = Género
key-filter-mode = Modo
key-new-booking = Nueva reserva
key-edit-booking = Abrir reserva
key-confirm-booking = Confirmar
key-complete-booking = Realizada
key-cancel-booking = Anular reserva
key-no-show = Ausencia
key-export-calendar = Archivo de calendario (.ics)
key-earlier = Antes
key-later = Después
key-book-interpreter = Reservar intérprete
col-languages = Idiomas
form-booking = Reservar un intérprete
form-booking-edit = Reserva
field-person = Persona
field-booking-language = Idioma
field-dialect = Dialecto
field-mode = Modo
field-appointment = Cita
field-place = Lugar
field-date = Fecha (AAAA-MM-DD)
field-start = Empieza (HH:MM)
field-end = Termina (HH:MM)
field-interpreter = Intérprete
field-cancel-reason = Motivo
error-bad-date = Escribe la fecha como AAAA-MM-DD, por ejemplo 2026-12-03.
error-bad-time = Escribe la hora como HH:MM, por ejemplo 09:30.
error-choose-person = Escribe un nombre o una referencia y elige a la persona con Enter.
error-choose-language = Escribe un idioma (nombre o código) y elígelo con Enter.
booking-unknown-language = No hay ningún idioma con ese nombre o código: elige uno de la lista con Enter.
booking-ends-before-start = El final debe ser después del comienzo.
booking-starts-in-past = Esto empieza en el pasado. Comprueba la fecha; vuelve a guardar con Ctrl+S para reservarlo de todos modos.
booking-cancel-needs-reason = Di por qué se anula la reserva.
booking-no-interpreter-yet = Nadie todavía (solicitada)
booking-nobody-fits-gender = Nadie de la lista de intérpretes cumple la preferencia de género para este idioma: la reserva sigue solicitada.
booking-nobody-speaks = Nadie de la lista de intérpretes habla este idioma ni uno cercano.
miss-related-language = habla { $language } ({ $dialects }), un idioma cercano: pregunta antes
miss-other-dialect = otros dialectos: { $dialects }
miss-gender = no es el género preferido
miss-mode = no trabaja de este modo
miss-busy = reservado a esa hora
miss-inactive = ya no está activo
status-booking-saved = Reserva guardada: { $booking }
status-booking-moved = Reserva ahora { $status }: { $booking }
status-calendar-saved = Archivo de calendario guardado: { $file }
status-calendar-not-saved = No se pudo guardar el archivo de calendario: { $why }
status-calendar-nothing = Este intérprete no tiene reservas esta semana.
calendar-summary = Intérprete: { $language } — { $appointment }
calendar-reference = Referencia: { $reference }
calendar-language = Idioma: { $language }
calendar-mode = Modo: { $mode }
calendar-status = Estado: { $status }
cancel-booking-title = Anular la reserva
cancel-booking-hint = Enter anula la reserva; Esc la mantiene.
mode-in-person = Presencial
mode-phone = Teléfono
mode-video = Videollamada
interpreter-gender-other = Otro
appointment-gp = Médico de cabecera
appointment-hospital = Hospital
appointment-solicitor = Abogado
appointment-home-office = Home Office
appointment-housing = Vivienda
appointment-school = Escuela
appointment-council = Ayuntamiento
appointment-benefits = Prestaciones
appointment-other = Otra
booking-status-requested = solicitada
booking-status-confirmed = confirmada
booking-status-completed = realizada
booking-status-cancelled = anulada
booking-status-late-cancelled = anulada tarde
booking-status-no-show = ausencia
bookings-day = Reservas del { $date } ({ $count }) — ← → otro día
bookings-week = Semana desde el { $date } ({ $count } reservas) — ← → otra semana
bookings-requests-count = Solicitudes aún sin confirmar: { $count }
bookings-none = No hay reservas este día. Ctrl+N reserva un intérprete.
timegrid-legend = [..] █ confirmada  ? solicitada  · hecha  ! choque  ‹ › fuera de 08–18
col-time = Hora
col-interpreter = Intérprete
col-appointment = Cita
col-status = Estado
weekday-mon = Lun
weekday-tue = Mar
weekday-wed = Mié
weekday-thu = Jue
weekday-fri = Vie
weekday-sat = Sáb
weekday-sun = Dom
today-bookings = Intérpretes reservados hoy ({ $count }) — F5 para el día
follow-ups-booking = Intérprete { $time } { $appointment }, { $interpreter } ({ $status }): ciérrala
status-not-a-booking = Eso no es una reserva de intérprete.

## F5 lista de intérpretes (formulario de intérprete)
col-gender = Género
col-modes = Modos
col-agency = Agencia
roster-search-label = Buscar nombre, idioma o dialecto:
roster-filter-gender = Género: { $gender }
roster-filter-mode = Modo: { $mode }
roster-any = cualquiera
roster-shown = Mostrados: { $shown } de { $total }
roster-empty = Todavía no hay intérpretes en la lista. Un coordinador puede añadirlos.
roster-empty-add = Todavía no hay intérpretes en la lista. Pulsa { $key } para añadir uno.
roster-none = Ningún intérprete coincide. Esc borra la búsqueda y luego los filtros.
roster-modes-all = todos los modos
roster-volunteer = voluntario
roster-inactive = inactivo
form-new-interpreter = Nuevo intérprete
form-edit-interpreter = Editar intérprete
field-interpreter-languages = Idiomas
field-add-language = Añadir un idioma
field-modes = Modos
field-agency = Agencia
field-contact = Contacto
field-active = Activo
interpreter-dialects = dialectos:
interpreter-dialects-hint = Comas entre los dialectos; { $key } quita el idioma.
interpreter-add-language-hint = Escribe su nombre en inglés o su código (tigr, apd) y pulsa Enter.
interpreter-agency-empty = vacío: un intérprete voluntario
interpreter-active-note = se puede reservar
error-no-language = Añade al menos un idioma: escribe parte de su nombre y pulsa Enter.
error-language-not-found = Ningún idioma coincide con «{ $typed }». Prueba con menos letras, o con su código.
status-interpreter-saved = { $name } guardado en la lista de intérpretes.
key-remove-language = Quitar este idioma
check-bookings-unreadable = No se puede leer un bloque de reservas de intérprete: { $about }
check-booking-unlisted = Falta una reserva en la lista de su persona: { $about }
check-booking-missing = La lista de una persona cita una reserva que no existe: { $about }
check-booking-index = El índice de horarios de intérpretes o de reservas abiertas no concuerda con una reserva: { $about }
check-booking-clash = Un intérprete está en dos reservas a la vez: { $about }
check-support-unreadable = No se puede abrir la ayuda entregada en una visita: { $about }
check-support-orphan = Hay ayuda anotada en una visita que no existe, o que no es de esa persona: { $about }
check-key-dates-unreadable = No se puede leer un bloque de fechas clave: { $about }
check-key-date-misplaced = Una fecha clave está guardada con las de otra persona: { $about }
check-key-date-reminder = Falta o sobra el recordatorio en F6 de una fecha clave: { $about }
cancel-booking-hint-late = Menos de 24 horas antes del comienzo: es una anulación tardía. Enter anula; Esc la mantiene.
booking-cancelled-line = Anulada el { $date } por { $who }: { $why }
key-export-week = Semana al calendario (.ics)

## Importes de dinero
money-error-empty = Escribe un importe, como 12.50.
money-error-negative = Un importe no puede ser negativo.
money-error-not-a-number = No es un importe: escribe libras y peniques en cifras, con punto, como 12.50 o £12.50.
money-error-too-many-decimals = Dos cifras como máximo después del punto (los peniques), como 12.50.
money-error-two-points = Un solo punto decimal, como 12.50.
money-error-grouping = Las comas solo van entre los miles, como 1,250.00; los peniques van después de un punto: 12.50.
money-error-other-currency = Los importes son solo en libras (£).
money-error-too-large = Ese importe es demasiado grande para ser correcto: revisa el número.

## Ayuda entregada en una visita
support-kind-food-parcel = Lote de comida
support-kind-travel-fare = Billete de transporte
support-kind-hardship-payment = Pago de emergencia
support-kind-clothing = Ropa
support-kind-phone-top-up = Recarga de teléfono
support-kind-other = Otra
support-error-amount-missing = Escribe el importe entregado, como 12.50.
support-error-amount-zero = El importe es cero: escribe lo que se entregó, como 12.50.
support-error-amount-not-money = Esta ayuda no es dinero: deja el importe vacío y di en la nota qué se entregó.
support-error-note-missing = Di en la nota qué se entregó.
support-error-note-too-long = La nota es demasiado larga: { $max } caracteres como máximo.
key-give-support = Ayuda entregada
field-support-kind = Tipo de ayuda
field-support-amount = Importe (£)
support-amount-hint = Libras y peniques, con punto, como 12.50 o £12.50
support-confirm-large = { $amount } es más de { $limit } para un solo concepto. Revísalo: Ctrl+S otra vez lo guarda.
status-support-confirm-large = Un importe alto: revísalo y pulsa Ctrl+S otra vez para guardarlo.
status-support-given = Anotado: { $kind } para { $name }.
status-support-over-limit = Guardado. { $name } ha recibido { $total } en 12 meses, por encima del límite de { $limit }.
status-support-which-visit = Elige antes una visita: la ayuda se anota en una visita.
field-support-given = Ya entregado en esta visita
key-remove-support = Quitar algo entregado por error
support-remove-question = ¿Quitar «{ $what }» de esta visita? Se anotó por error; el historial de actividad guarda que se quitó.
support-remove-yes = Quitarlo
status-support-removed = Quitado. El total de la persona está actualizado.
status-support-not-yours = Solo quien lo anotó, o un coordinador, puede quitarlo.
audit-support-removed = quitó ayuda entregada en una visita (anotada por error)
form-support = Ayuda entregada a { $name }
support-form-total = En los últimos 12 meses, con esto: { $total }
support-over-limit = por encima del límite de { $limit }
person-support-summary = Ayuda, últimos 12 meses: { $total } en dinero, { $count ->
    [one] un concepto
   *[other] { $count } conceptos
}

## Hogares (personas que vinieron juntas)
household-title = Hogar
household-child-born = Niño o niña, nacido en { $year }
relation-partner = Pareja
relation-child = Hijo o hija
relation-parent = Padre o madre
relation-sibling = Hermano o hermana
relation-other-relative = Otro familiar
relation-other = Sin parentesco (un amigo, un cuidador)
household-error-in-another = Ya está en otro hogar: sácalo primero de allí.
household-error-already-member = Ya está en este hogar.
household-error-not-member = No está en este hogar.
household-error-anchor-has-others = El hogar está registrado a su nombre: regístralo primero a nombre de otra persona (Ctrl+R).
household-error-too-small = Un hogar necesita al menos dos personas.
household-error-relations = Indica el parentesco de cada persona con aquella a cuyo nombre está registrado el hogar.

## Fechas clave (audiencias, entrevistas, plazos)
key-date-kind-interview = Entrevista del Home Office
key-date-kind-appeal-hearing = Audiencia de recurso de asilo
key-date-kind-appeal-deadline = Plazo para recurrir
key-date-kind-move-on-end = Fin del periodo de transición (acaba la ayuda de asilo)
key-date-kind-court = Juzgado
key-date-kind-other = Otra fecha
key-date-outcome-kept = Tuvo lugar, o se cumplió el plazo
key-date-outcome-moved = Se cambió a otro día
key-date-outcome-missed = Se perdió
key-date-outcome-cancelled = Anulada, o ya no hace falta
key-date-due-later = más adelante
key-date-due-in = { $days ->
        [0] hoy
        [one] mañana
       *[other] dentro de { $days } días
    }
key-date-due-passed = { $days ->
        [one] pasó ayer, sin resultado todavía
       *[other] pasó hace { $days } días, sin resultado todavía
    }
key-date-due-done = terminada
key-date-soon = { $days ->
        [one] fecha clave hoy o mañana
       *[other] fecha clave en los próximos { $days } días
    }
key-date-warning-past = Esta fecha ya pasó. ¿Guardarla de todos modos?
key-date-lead-days-hint = Vacío: lo habitual para este tipo de fecha.
field-key-date-kind = Tipo de fecha
field-key-date-date = Fecha
field-key-date-grant = Fecha de la concesión
field-key-date-lead-days = Avisar, días antes
field-key-date-note = Nota
error-choose-kind = Elige qué tipo de fecha es.
error-date-missing = Escribe la fecha como AAAA-MM-DD, por ejemplo 2026-12-03.
error-grant-date-missing = Escribe la fecha de la concesión: el fin de la ayuda de transición se calcula a partir de ella.
error-lead-days = Escribe un número de días entre 0 y 365.
error-date-future = Esta fecha todavía no ha llegado: escribe el día en que se hizo.
key-add-key-date = Añadir una fecha clave
key-key-date-kept = Fecha clave: tuvo lugar, o se cumplió
key-key-date-moved = Fecha clave: cambiada a otro día
key-key-date-missed = Fecha clave: se perdió
key-key-date-cancelled = Fecha clave: anulada, o ya no hace falta
key-date-kind-choose = (elige: Space o ←/→)
key-date-move-on-ends = La ayuda acaba el { $date } ({ $days } días después de la concesión)
key-date-move-on-hint = La ayuda acaba { $days } días después de la concesión.
key-date-lead-days-usual = Vacío: { $days } días antes, lo habitual para este tipo de fecha.
key-date-move-on-row = Fin de la transición (concesión { $grant })
key-date-outcome-hint = Una nota si quieres (no hace falta). Enter lo anota; Esc vuelve atrás.
form-key-date = Añadir una fecha clave: { $name }
status-key-date-saved = Fecha clave guardada: { $kind }, { $date }
status-not-a-key-date = Esa fila no es una fecha clave.
status-key-date-row = Esa fila es una fecha clave: h tuvo lugar, m cambiada, s se perdió, w anulada (o Ctrl+O).
follow-ups-key-dates = Fechas clave que atender: { $count } (próximas, o pasadas sin resultado)
col-key-date = Fecha
col-note = Nota
key-date-passed-short = { $days ->
        [one] pasó ayer
       *[other] pasó hace { $days } días
    }
key-date-move-on-short = Fin transición

## Alertas de protección
safeguarding-help-danger = Si alguien está en peligro inmediato, llama primero al 999; anótalo aquí después.
safeguarding-help-lead = Al guardar, se avisa en el acto al responsable de protección del centro. El responsable es el voluntario que decide qué se hace después, como una derivación al ayuntamiento o a la policía, y lo anota aquí. Solo el responsable, los coordinadores y tú pueden ver esta alerta.
safeguarding-new-count = { $count ->
        [one] 1 alerta de protección nueva
       *[other] { $count } alertas de protección nuevas
    }
concern-unnamed = Sin persona con nombre
concern-category-child = Menor en riesgo
concern-category-adult = Adulto en riesgo
concern-category-domestic-abuse = Violencia doméstica
concern-category-trafficking = Trata o esclavitud moderna
concern-category-self-harm = Autolesiones o riesgo de suicidio
concern-category-other = Otra cosa
concern-agency-childrens-services = Servicios de infancia del ayuntamiento
concern-agency-adults-services = Servicios de adultos del ayuntamiento
concern-agency-police = Policía
concern-agency-modern-slavery-helpline = Modern Slavery Helpline (línea de ayuda)
concern-agency-domestic-abuse = Un servicio contra la violencia doméstica
concern-agency-health = Un médico de cabecera o servicio de salud
concern-agency-other = Otra persona o servicio
concern-step-referred = Derivada
concern-step-action = Se hizo otra cosa
concern-step-closed = Cerrada
concern-status-open = Abierta
concern-status-referred-on = Derivada
concern-status-closed = Cerrada
concern-error-not-allowed = Solo el responsable de protección y los coordinadores anotan qué se hizo después.
concern-error-closed = Esta alerta está cerrada. Si pasa algo nuevo, crea una alerta nueva.
field-concern-category = De qué se trata
field-concern-seen-or-said = Qué se vio o se dijo
field-concern-action-taken = Qué hiciste
field-concern-step = Qué se hizo después
field-concern-agency = Derivada a
field-concern-on = El día
field-concern-note = Nota
error-choose-category = Elige de qué se trata la alerta.
field-move-on-days = Periodo de transición (días tras una concesión)
field-support-limit = Límite de ayuda por persona, 12 meses (£; vacío: ninguno)
error-move-on-days = Escribe un número de días entre 1 y 365 (lo habitual es 28).
audit-key-date-saved = añadió una fecha clave o anotó su resultado
audit-support-given = anotó ayuda entregada en una visita

## Hogares (issue 7)
audit-household-saved = formó, cambió o deshizo un hogar
check-households-unreadable = No se puede leer el registro de un hogar: { $about }
check-household-index = El índice de hogares no concuerda con los hogares de { $about }
check-household-invalid = El hogar { $about } tiene menos de dos personas, a alguien dos veces, o a alguien cuyo registro ya no existe
check-household-twice = { $about } está en dos hogares
key-household = Hogar
key-remove-from-household = Sacar del hogar
key-whole-household = Vino todo el hogar
household-none = ninguno (Ctrl+G para añadir a alguien que vino con esta persona)
household-more = … y { $count } más (Ctrl+G)
household-relation-of = { $relation } de { $name }
household-anchor = el hogar está registrado a su nombre
household-recorded-through = El parentesco es con { $name }, a cuyo nombre está registrado el hogar.
household-form-title = Hogar de { $name }
household-field-add-person = Añadir una persona
household-field-add-child = Añadir un niño o niña (año de nacimiento)
household-field-members = En el hogar
household-hint-list = ← → parentesco · Enter: es correcto · Ctrl+R: registrar a su nombre
household-confirm-remove = ¿Sacar a { $name } del hogar?
household-confirm-remove-child = ¿Sacar del hogar al niño o niña nacido en { $year }?
household-remove-yes = Sacar
status-household-saved = Hogar guardado.
status-household-dissolved = El hogar ya no existe: quedaban menos de dos personas.
field-visit-household = Vino con esta persona
household-needs-same = mismas necesidades
household-needs-own = necesidades propias
household-hint-visit = Space: vino también · Enter: sus propias necesidades · Ctrl+A: todos
field-visit-needs-of = Necesidades de { $name }
status-visits-saved = { $count ->
    [one] Visita guardada para { $name }.
   *[other] Visitas guardadas para { $name } y { $others } más del hogar.
}
household-hint-everyone = Ctrl+A: vinieron todos
col-household = Hogar
key-record-through = Registrar el hogar a su nombre
household-check-relation = revisa: ← → para cambiar, Enter si es correcto

## Alertas de protección: guardadas y mostradas
audit-concern-raised = creó una alerta de protección
audit-concern-viewed = abrió una alerta de protección
audit-concern-updated = anotó qué se hizo después en una alerta de protección
check-concerns-unreadable = No se puede abrir una alerta de protección: { $about }
check-concern-awaiting = El número de alertas pendientes del responsable no concuerda con una alerta: { $about }
check-report-counts = Las cifras del informe de { $about } no concuerdan con los registros de ese día
check-report-counts-unreadable = Las cifras del informe no se pueden leer ni volver a contar
key-raise-concern = Crear una alerta de protección
key-show-concerns = Alertas de protección
key-open-concern = Abrir alerta
key-record-step = Anotar qué se hizo después
key-close-concern = Cerrar alerta
key-toggle-lead = Responsable de protección: marcar o desmarcar
form-concern = Alerta de protección
form-concern-step = Qué se hizo después
field-concern-person = Sobre
field-concern-other-agency = Quién (nombre)
field-concern-status = Estado
field-concern-raised = Creada
field-safeguarding-lead = Responsable de protección
concern-category-none = sin elegir todavía (← → para elegir)
concern-status-raised = Alerta guardada. Se ha avisado al responsable de protección.
concern-status-step-saved = Guardado lo que se hizo después.
concern-status-closed-saved = La alerta está cerrada.
concern-awaiting-lead = sin abrir todavía
concern-page-title = Alerta de protección
concern-raised-by = { $date } { $time }, por { $name }
concern-steps = Qué se hizo después
concern-no-steps = Todavía no hay nada anotado.
concern-raiser-note = El responsable de protección decide qué se hace después y lo anota aquí.
concerns-title = Alertas de protección que puedes ver: { $count }
concerns-empty = No hay alertas de protección que mostrar. Ctrl+Y crea una desde cualquier pantalla.
col-raised = Creada
col-concern-category = Sobre
col-concern-status = Estado
col-concern-lead = Resp.
confirm-close-concern = ¿Cerrar esta alerta? Después ya no se podrán anotar más pasos; se te preguntará por qué.
confirm-close-concern-yes = Cerrarla
person-concerns = Alertas de protección
person-concerns-count = { $count } — F6, Ctrl+G
volunteer-safeguarding-lead = responsable de protección
volunteer-lead-hint = recibe aviso de cada alerta nueva
status-lead-marked = { $name } es ahora responsable de protección.
status-lead-unmarked = { $name } ya no es responsable de protección.

## Informes y exportaciones (src/export, src/cli/export.rs)
audit-records-exported = exportó registros (solo referencias)
audit-records-exported-full = exportó registros con nombres, notas y teléfonos (exportación completa)
export-error-exists = { $file } ya existe: elige otro nombre, o añade --force para reemplazarlo.
export-error-is-folder = { $file } es una carpeta: da el nombre de un archivo para escribir.
export-error-folder = No se puede escribir nada en { $dir } ({ $detail }): elige otra carpeta.
export-error-writing = No se pudo escribir la exportación ({ $detail }); no quedó nada a medias.
export-not-given = no indicado
export-not-recorded = todavía no anotado
export-col-section = Sección
export-col-item = Elemento
export-col-label = Cifra
export-col-value = Este periodo
export-col-previous = Periodo anterior
export-col-person = Persona
export-col-name = Nombre
export-col-notes = Notas
export-col-phone = Teléfono
export-col-amount = Importe (£)
export-col-day = Día
export-col-visit-id = Visita
export-col-arrived = Llegada
export-col-waited-minutes = Espera (minutos)
export-col-state = Estado
export-col-age-band = Franja de edad
export-col-gender = Género
export-col-country = País de origen
export-col-immigration-status = Situación migratoria
export-col-first-language = Lengua materna
export-col-needs = Necesidades
export-col-language = Idioma
export-col-interpreting = Interpretación
export-col-visits-in-range = Visitas en el periodo
export-col-recorded = Anotado el
export-col-english-level = Inglés
export-col-needs-interpreter = Necesita intérprete
export-col-year-of-birth = Año de nacimiento
export-col-referral-id = Derivación
export-col-kind = Tipo
export-col-domain = Área
export-col-service-id = Número de servicio
export-col-service = Servicio
export-col-outcome = Resultado
export-col-follow-up = Seguimiento el
export-col-booking-id = Reserva
export-col-start = Empieza
export-col-minutes = Minutos
export-col-appointment = Cita
export-col-mode = Modo
export-col-status = Estado
export-col-place = Lugar
export-col-organisation = Organización
export-col-domains = Áreas
export-col-postcode = Código postal
export-col-email = Correo electrónico
export-col-website = Web
export-col-languages = Idiomas
export-col-active = Activo
export-col-last-verified = Última revisión
export-col-given = Entregado el
export-fig-visits = Visitas
export-fig-people = Personas distintas
export-fig-new-people = Personas nuevas
export-fig-anonymous = Visitas anónimas
export-fig-households = Hogares
export-fig-visits-per-person = Visitas por persona
export-fig-average-wait = Espera media (minutos)
export-fig-longest-wait = Espera más larga (minutos)
export-fig-family-interpreting = Interpretación por familiares o amigos (mala práctica)
export-section-summary = Resumen
export-section-needs = Necesidades por área
export-section-languages = Idiomas usados
export-section-interpreting = Interpretación
export-section-sent-by-domain = Orientación y derivación, por área
export-section-sent-by-service = Orientación y derivación, por servicio
export-section-outcomes = Resultados de las derivaciones
export-section-bookings = Reservas de intérprete
export-section-booking-hours = Horas de intérprete
export-section-bookings-by-language = Reservas de intérprete por idioma
export-section-hours = Llegadas por hora
export-section-weekdays = Visitas por día de la semana
export-section-support = Ayuda entregada
export-section-support-amount = Ayuda entregada, importe (£)
export-section-concerns = Alertas de protección (las cifras menores de 5 se muestran como <5)
export-section-key-dates = Fechas clave
export-section-equalities-gender = Igualdad: género (las cifras menores de 5 se muestran como <5)
export-section-equalities-age-band = Igualdad: franja de edad (las cifras menores de 5 se muestran como <5)
export-section-equalities-country = Igualdad: país de origen (las cifras menores de 5 se muestran como <5)
export-section-equalities-immigration-status = Igualdad: situación migratoria (las cifras menores de 5 se muestran como <5)
export-section-equalities-first-language = Igualdad: lengua materna (las cifras menores de 5 se muestran como <5)
export-age-under-18 = Menos de 18
export-age-18-25 = De 18 a 25
export-age-26-35 = De 26 a 35
export-age-36-50 = De 36 a 50
export-age-51-65 = De 51 a 65
export-age-over-65 = Más de 65
cli-error-day = «{ $day }» no es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-04-01.
cli-error-backwards = El periodo empieza el { $from }, después de terminar el { $to }: pon --from antes de --to.
cli-error-too-long = Un periodo no puede durar más de 20 años.
cli-error-coordinators-only = Solo un coordinador puede ver informes y exportar registros.
cli-report-title = Informe del { $from } al { $to } (periodo anterior: del { $pfrom } al { $pto })
cli-report-written = { $rows } cifras escritas en { $file }
cli-export-written = { $rows } filas escritas en { $file }
cli-full-word = nombres
cli-full-warning = Esta exportación de { $kind } contendrá nombres, notas y números de teléfono. Guarda el archivo en un lugar seguro y bórralo cuando termines. Escribe { $word } para seguir:
cli-full-needs-yes = Una exportación completa necesita un segundo sí: añade --yes-full (no hay terminal donde preguntarlo).
cli-full-not-confirmed = No confirmado: no se exportó nada.
cli-full-not-personal = El directorio no contiene nada personal: --full es para los registros de personas.

## F7 Informes (coordinadores)
screen-reports = Informes
key-go-reports = Ir a Informes
key-report-range-before = Periodo anterior
key-report-range-next = Periodo siguiente
key-report-dates = Escribir fechas
key-report-next-section = Sección siguiente
key-report-prev-section = Sección anterior
key-report-shared = Para compartir (<5)
key-report-export = Exportar
key-report-refresh = Volver a leer
key-report-apply-range = Mostrar este periodo
report-coordinators-only = Los informes son para los coordinadores. Pide a un coordinador la cifra que necesites.
report-range-today = Hoy
report-range-this-week = Esta semana
report-range-this-month = Este mes
report-range-last-month = El mes pasado
report-range-this-quarter = Este trimestre
report-range-financial-year = Año fiscal
report-range-last-12-months = Últimos 12 meses
report-range-custom = Tus fechas
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 día
   *[other] { $days } días
})
report-compared-with = Comparado con { $from } – { $to }
report-from = Desde
report-to = Hasta
report-error-date = No es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-04-01.
report-error-backwards = El comienzo es posterior al final.
report-error-too-long = Un periodo puede durar 20 años como máximo.
report-none = No hay ningún informe en pantalla: Ctrl+R lo lee.
report-section-overview = Resumen
report-section-needs = Necesidades
report-section-languages = Idiomas
report-section-sent-on = A servicios
report-section-bookings = Intérpretes
report-section-times = Horas
report-section-support = Ayuda
report-section-equalities = Igualdad
report-column-now = Este periodo
report-column-before = Antes
report-column-change = Cambio
report-more = { $count } líneas más: PgDn
report-nothing = ninguno en ninguno de los dos periodos
report-visits = Visitas
report-people = Personas distintas
report-new-people = Personas nuevas registradas
report-anonymous = Visitas anónimas
report-visits-per-person = Visitas por persona
report-households = Hogares atendidos
report-heading-weekly = Visitas por semana
report-weekly-note = máximo { $peak } por semana · { $total } en total (antes: { $before })
report-weekly-dates = semanas del { $first } al { $last }{ $per ->
    [one] {""}
   *[other] {" "}({ $per } semanas por marca)
}
report-heading-needs = Necesidades por área (visitas)
report-heading-languages = Idiomas usados (visitas)
report-heading-interpreting = Interpretación (visitas; ⚠ mala práctica)
report-family-interpreting = ⚠ Familiar o amigo
report-heading-signposted = Orientación, por área
report-heading-referred = Derivación, por área
report-total = En total
report-no-domain = Sin área indicada
report-heading-signposted-services = Orientación, por servicio
report-heading-referred-services = Derivación, por servicio
report-key-date-kept = Tuvieron lugar o se cumplieron
report-key-date-moved = Cambiadas
report-key-date-missed = Perdidas
report-key-date-cancelled = Anuladas
report-heading-outcomes = Resultados
report-bookings = Reservas de intérprete
report-booked-hours = Horas reservadas
report-late-cancellations = Anulaciones tardías
report-no-shows = Ausencias
report-heading-bookings = Reservas por idioma y estado
report-heading-booked-hours = Horas por idioma y estado
report-average-wait = Espera media (minutos)
report-longest-wait = Espera más larga (minutos)
report-heading-hours = Llegadas por hora
report-heading-weekdays = Visitas por día de la semana
report-heading-support = Ayuda entregada (conceptos)
report-support-amount = { "  " }importe entregado
report-heading-concerns = Alertas de protección (solo cifras)
report-heading-key-dates = Fechas clave
report-key-date-open = Todavía no hay nada anotado
report-for-sharing = Para compartir: las cifras menores de 5 se muestran como <5 (Ctrl+T)
report-not-recorded = No consta
report-heading-gender = Género (personas)
report-heading-age = Franja de edad (personas)
report-age-under-18 = Menos de 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = Más de 65
report-heading-country = País de origen (personas)
report-heading-status = Situación migratoria (personas)
report-heading-first-language = Lengua materna (personas)

## Cuadro de exportación de F7 (Ctrl+E en F7)
key-export-write = Exportar
key-export-choice-before = Opción anterior
key-export-choice-next = Opción siguiente
export-box-title = Exportar
export-box-days = Días: { $from } – { $to } ({ $days ->
    [one] 1 día
   *[other] { $days } días
})
export-box-whole-directory = Todo el directorio, tal como está ahora
export-field-what = Qué
export-field-format = Formato
export-field-full = Nombres y notas
export-field-file = Archivo
export-what-report = El informe en pantalla
export-what-visits = Visitas
export-what-people = Personas atendidas
export-what-referrals = Orientaciones y derivaciones
export-what-bookings = Reservas de intérprete
export-what-services = Servicios (el directorio)
export-what-support = Ayuda entregada
export-format-csv = CSV (hojas de cálculo)
export-format-json = JSON (programas)
export-full-off = No: solo referencias
export-full-on = Sí: nombres, notas, teléfonos
export-holds-report = Las cifras en pantalla y las del periodo anterior; las cifras menores de 5 como <5.
export-holds-services = Los servicios del directorio: ningún dato personal de nadie.
export-holds-pseudonymised = Referencias y franjas de edad: sin nombres, sin notas, sin números de teléfono.
export-holds-full = Este archivo contendrá nombres, notas y números de teléfono: guárdalo en un lugar seguro.
export-box-no-range = No hay ningún periodo en pantalla para exportar: elige uno primero.
export-box-no-file = Escribe el nombre del archivo que se va a escribir.
export-box-is-folder = Eso es una carpeta: añade el nombre de un archivo para escribir.
export-box-exists = Ya hay un archivo con ese nombre: elige otro nombre. No se escribió nada.
export-box-no-folder = No existe la carpeta { $dir }: revisa la ruta.
export-box-cannot-write = No se puede escribir nada en { $dir }: elige otra carpeta.
export-box-not-written = No se escribió nada: mira el mensaje junto al archivo.
export-full-question = El archivo ({ $what }) contendrá nombres, notas y números de teléfono. Guárdalo en un lugar seguro: solo en este equipo o en una unidad protegida, nunca por correo electrónico, y bórralo cuando ya no sirva. La exportación queda anotada en el historial de actividad. ¿Escribirlo con nombres?
export-full-yes = Escribirlo, con nombres
export-full-no = Volver
work-export-title = Exportando
work-export-what = Escribiendo el archivo: un momento, por favor.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = Guardar un registro
consent-purpose-share = Compartir datos para derivaciones
consent-purpose-contact = Contacto por teléfono o mensaje
consent-short-record = registro
consent-short-share = compartir
consent-short-contact = contacto
consent-share-question = Acepta que compartamos sus datos con un servicio cuando hagamos una derivación
consent-contact-question = Acepta que le contactemos por teléfono o mensaje
field-consent-more = También
consent-title = Consentimiento: { $name }
consent-state-given = dado el { $date }
consent-state-withdrawn = retirado el { $date }
consent-state-never = sin preguntar
consent-hint = Space da o retira el consentimiento seleccionado, según lo que diga ahora la persona. Esc cierra.
consent-history = Todos los cambios, el más reciente primero:
consent-event-given = dado
consent-event-withdrawn = retirado
consent-no-contact = no contactar
consent-anonymised = Este registro está anonimizado: ya no queda consentimiento que anotar.
consent-withdraw-record-question = { $name } ya no acepta que guardemos un registro con sus datos. Su registro se anonimizará ahora: se borran el nombre, el teléfono, las notas y el año de nacimiento, y también las notas de sus visitas, derivaciones y reservas. Sus visitas siguen contando en las cifras, sin nombre. No se puede deshacer.
consent-withdraw-record-yes = Anonimizar el registro
status-consent-given = Consentimiento anotado.
status-consent-withdrawn = Retirada del consentimiento anotada.
status-record-anonymised = El registro está anonimizado.
anonymised-retention = plazo de conservación vencido
anonymised-consent = consentimiento retirado
person-anonymised-heading = Registro anonimizado · { $reference } · { $date }, { $why }
audit-consent-given = anotó el consentimiento de { $person }: { $what }
audit-consent-withdrawn = anotó la retirada del consentimiento de { $person }: { $what }
audit-anonymised = anonimizó a { $person } ({ $what })
field-retention-years = Guardar los registros tras el último contacto (años)
error-retention-years = Escribe un número de años entre 1 y 30 (lo habitual es 6).
key-consent = Consentimiento

## Data life cycle: the retention review.
key-consent-change = Dar o retirar
key-review-retention = Revisar la conservación
retention-save-first = Primero guarda los ajustes (Ctrl+S) y luego revisa la conservación.
retention-none-due = Ningún registro ha superado el plazo de conservación ({ $years } años tras el último contacto).
retention-line = { $reference } · último contacto { $date }
retention-more = … y { $count } más
retention-question = { $count ->
    [one] { $count } registro ha superado el plazo de conservación ({ $years } años tras el último contacto). ¿Anonimizarlo ahora? Se borran los nombres, teléfonos, notas y años de nacimiento; las cifras de los informes no cambian. No se puede deshacer.
   *[other] { $count } registros han superado el plazo de conservación ({ $years } años tras el último contacto). ¿Anonimizarlos ahora? Se borran los nombres, teléfonos, notas y años de nacimiento; las cifras de los informes no cambian. No se puede deshacer.
}
retention-yes = Anonimizarlos
retention-done = { $count ->
    [one] { $count } registro anonimizado.
   *[other] { $count } registros anonimizados.
}
retention-cli-due = { $count ->
    [one] { $count } registro ha superado el plazo de conservación ({ $years } años tras el último contacto: antes del { $cutoff }). Referencia y último contacto:
   *[other] { $count } registros han superado el plazo de conservación ({ $years } años tras el último contacto: antes del { $cutoff }). Referencia y último contacto:
}
sar-title = Todo lo que { $centre } tiene sobre { $name } ({ $reference })
sar-generated = Generado el { $date }, a petición de la persona.
sar-left-out = No se incluye: los datos de otras personas (los demás miembros del hogar se cuentan, pero no se nombran) ni las alertas de protección, sobre las que decide aparte el responsable de protección.
sar-details = Sus datos
sar-household = Hogar
sar-household-others = { $count ->
    [one] sí, con { $count } persona más
   *[other] sí, con { $count } personas más
}
sar-consent = Consentimiento, todos los cambios
sar-visits = Visitas
sar-referrals = Orientaciones y derivaciones
sar-bookings = Reservas de intérprete
sar-key-dates = Fechas clave
sar-support = Ayuda entregada
sar-audit = Quién vio o cambió su registro
sar-nothing = Nada.
sar-bad-reference = Eso no es una referencia (las letras y cifras de su página).
sar-written = Escrito: { $file } (y { $json } para programas).
sar-box-title = Todo lo que tenemos sobre la persona (derecho de acceso)
sar-box-hint = El documento se guarda en este archivo (en HTML si termina en .html), y lo mismo en JSON al lado. Entrégaselo de forma segura y después bórralo.
key-subject-access = Derecho de acceso

## Data life cycle: erasure on request.

key-erase = Borrar a petición…
erase-reason-title = Borrar { $reference }: ¿por qué?
erasure-reason-asked = Pidió que se borraran sus datos
erasure-reason-consent = Retiró su consentimiento y pidió que se quitara su registro
erasure-reason-not-needed = El registro ya no es necesario
erasure-reason-error = El registro se hizo por error, o sin base legal
erasure-reason-other = Otro motivo
erase-question = ¿Borrar a { $name } ({ $reference }) para siempre? Motivo: { $reason }. No se puede deshacer.
erase-detail-goes = Se borra: sus datos, el historial de su consentimiento y las notas de sus visitas, derivaciones, reservas, fechas clave y ayuda entregada. Ya nadie podrá encontrar a esta persona.
erase-detail-stays = Se queda: sus visitas y derivaciones, como cifras anónimas, para que los informes no cambien. Las alertas de protección se conservan tal como están.
erase-detail-backups = Las copias de seguridad hechas hasta ahora siguen guardando el registro hasta que se sustituyan.
erase-yes = Borrar para siempre
status-person-erased = Se borró { $reference }: ya no se puede leer nada sobre esta persona.
erase-refused-household = Saca primero a la persona de su hogar (h en su página) y luego bórrala.
erase-refused-rotating = Se está cambiando la clave de los datos: termina eso primero y luego borra.
erase-refused-erased = Este registro ya se borró.
erase-cli-bad-reason = Motivo desconocido: usa asked, withdrew-consent, not-needed, in-error u other.
erase-cli-needs-yes = El borrado no se puede deshacer: añade --yes para borrar.
anonymised-erased = borrado a petición
check-erased-left = Todavía queda algo de una persona borrada: { $about }
check-erased-key = Todavía queda la clave de una persona borrada: { $about }
check-erasure-unfinished = Un borrado no se terminó: vuelve a abrir el programa para terminarlo.

## Data life cycle: merging duplicates.
key-merge = Unir con otro registro
key-undo-merge = Deshacer la unión de hoy
key-merge-now = Unir
key-merge-swap = Conservar el otro
merge-title = Unir con otro registro
merge-find-hint = ¿Qué otro registro es el de { $name } ({ $reference })? Escribe su referencia o un nombre y elígelo con Enter.
merge-find-label = Referencia o nombre:
merge-none-found = No se ha encontrado a nadie.
merge-visits = { $count ->
    [one] { $count } visita
   *[other] { $count } visitas
}
merge-last-visit = última el { $date }
merge-confirm-title = Unir dos registros de la misma persona
merge-keep = Conservar:
merge-merged-in = Unir:
merge-explain = Todo lo de { $other } pasa a { $reference }: visitas, derivaciones, reservas, fechas clave, consentimiento y hogar. Los datos que faltan en { $reference } se toman de { $other }, y { $other } solo lleva ya a { $reference }. Se puede deshacer hoy.
merge-choices = Enter: unir · Space: conservar { $other } en su lugar · Esc: volver
merge-save-edit = Guardar los cambios tal como están
merge-into = Unir con { $person }
merge-into-hint = Al unir se conserva el registro que ya existe: lo escrito completa los datos que le faltan. Se puede deshacer hoy.
merge-done = { $visits ->
    [one] { $other } se ha unido a { $reference }; se ha trasladado { $visits } visita. Se puede deshacer hoy.
   *[other] { $other } se ha unido a { $reference }; se han trasladado { $visits } visitas. Se puede deshacer hoy.
}
merge-undone = La unión se ha deshecho: { $other } y { $reference } vuelven a ser registros separados.
merge-undo-question = ¿Deshacer la unión de hoy de { $other } con { $reference }? Los dos registros vuelven a estar como antes; lo añadido a { $reference } desde entonces se queda allí.
merge-undo-yes = Deshacer la unión
merge-redirected = { $other } se unió a este registro ({ $reference }).
merge-error-same = Un registro no se puede unir consigo mismo.
merge-error-anonymised = { $reference } está anonimizado: no se puede unir.
merge-error-merged = { $reference } ya se unió a otro registro.
merge-error-households = Están en dos hogares distintos: saca primero a uno de ellos de su hogar.
merge-undo-none = No hay ninguna unión de estos registros que deshacer.
merge-undo-expired = Una unión solo se puede deshacer el mismo día en que se hizo.
merge-undo-kept-merged = Este registro se unió después a { $reference }: deshaz primero esa unión, en su página.
merge-undo-household-changed = Su hogar cambió después de la unión, así que ya no se puede deshacer.
person-merged-today = Unido hoy
person-merged-today-value = { $references } (u: deshacer)
audit-merged = unió { $what } a { $person }
audit-unmerged = deshizo la unión de { $what } con { $person }
check-merge-pointer = Un registro unido apunta a un registro que no existe: { $about }
