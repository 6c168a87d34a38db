<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../ui/dialogs/aboutbox.cpp" line="+20"/>
        <source>&lt;h3&gt;Upstream Lab %1&lt;/h3&gt;&lt;p&gt;A local lab for HTTP load balancing with nginx&apos;s semantics: a reverse proxy, mock backends and a traffic generator.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3) and linked dynamically.&lt;/p&gt;&lt;p&gt;Settings and recent files are kept in:&lt;br&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstream Lab %1&lt;/h3&gt;&lt;p&gt;Un laboratorio local de balanceo de carga HTTP con la semántica de nginx: un proxy inverso, backends simulados y un generador de tráfico.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3. Qt se usa bajo la GNU Lesser General Public License versión 3 (LGPLv3) y se enlaza dinámicamente.&lt;/p&gt;&lt;p&gt;La configuración y los archivos recientes se guardan en:&lt;br&gt;&lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About Upstream Lab</source>
        <translation>Acerca de Upstream Lab</translation>
    </message>
</context>
<context>
    <name>BackendDialog</name>
    <message>
        <location filename="../ui/dialogs/backenddialog.cpp" line="+59"/>
        <source>Start with the lab</source>
        <translation>Iniciar con el laboratorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start paused (accept connections, answer nothing)</source>
        <translation>Iniciar en pausa (acepta conexiones, no responde nada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line: Name: value (values may use {{variables}})</source>
        <translation>Una por línea: Nombre: valor (los valores admiten {{variables}})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text or template: {{name}} {{port}} {{method}} {{uri}} {{header.X}} {{query.x}} {{request_id}} {{counter}} {{time}}</source>
        <translation>Texto o plantilla: {{name}} {{port}} {{method}} {{uri}} {{header.X}} {{query.x}} {{request_id}} {{counter}} {{time}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step per line, e.g.
10s stop
at 20s: latency 800ms±200 on 30%
40s start
1m repeat</source>
        <translation>Un paso por línea, p. ej.
10s stop
at 20s: latency 800ms±200 on 30%
40s start
1m repeat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived from the name</source>
        <translation>derivada del nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative to the lab file</source>
        <translation>relativa al archivo del laboratorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, 20ms, 10..50ms, normal:40ms,10ms, 40ms±10ms, lognormal:30ms,15ms; &quot;on 30%&quot;</source>
        <translation>none, 20ms, 10..50ms, normal:40ms,10ms, 40ms±10ms, lognormal:30ms,15ms; &quot;on 30%&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.2 or 20%</source>
        <translation>0.2 o 20%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND:P, comma-separated; P is the probability per request (they must add up to at most 1). Kinds: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length</source>
        <translation>TIPO:P, separados por comas; P es la probabilidad por petición (la suma no puede superar 1). Tipos: reset, close, mid-body, hang, drip:P:TASA, malformed, bad-chunk, wrong-length</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Listen:</source>
        <translation>Escuchar &amp;en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Health path:</source>
        <translation>Ruta de &amp;salud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random &amp;seed:</source>
        <translation>Semilla &amp;aleatoria:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default (a small JSON naming the backend)</source>
        <translation>Predeterminado (un pequeño JSON con el nombre del backend)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text or template</source>
        <translation>Texto o plantilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filler bytes</source>
        <translation>Bytes de relleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>Código de &amp;estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Cabeceras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>Cuer&amp;po:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Latency:</source>
        <translation>&amp;Latencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error &amp;rate:</source>
        <translation>&amp;Tasa de errores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error s&amp;tatus:</source>
        <translation>Código de &amp;error:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail &amp;every Nth:</source>
        <translation>Fallar &amp;cada N:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail the &amp;first N:</source>
        <translation>Fallar las &amp;primeras N:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;aults:</source>
        <translation>F&amp;allos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps are timed from the lab&apos;s start and replay the same way every run. Actions: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS], fault KIND:P, faults off, reset, repeat (last).</source>
        <translation>Los pasos se cuentan desde el inicio del laboratorio y se repiten igual en cada ejecución. Acciones: start, stop, pause, resume, status N, latency ESPEC, errors TASA [ESTADO], fault TIPO:P, faults off, reset, repeat (al final).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency &amp;&amp; Failures</source>
        <translation>Latencia y fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>expected a whole number (empty or 0 = derived from the name)</source>
        <translation>se esperaba un número entero (vacío o 0 = derivada del nombre)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: expected &quot;Name: value&quot;</source>
        <translation>línea %1: se esperaba &quot;Nombre: valor&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>type the body (or choose the default body)</source>
        <translation>escriba el cuerpo (o elija el cuerpo predeterminado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose a file</source>
        <translation>elija un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a size such as 512, 64k or 1m</source>
        <translation>se esperaba un tamaño como 512, 64k o 1m</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a probability 0..1 such as 0.2 or 20%</source>
        <translation>se esperaba una probabilidad 0..1 como 0.2 o 20%</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+44"/>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&quot;%1&quot; is used by another backend</source>
        <translation>otro backend ya usa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is used by another backend</source>
        <translation>otro backend ya usa %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Backend Colour</source>
        <translation>Color del backend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body File</source>
        <translation>Archivo del cuerpo</translation>
    </message>
</context>
<context>
    <name>BackendTableModel</name>
    <message>
        <location filename="../ui/models/backendtablemodel.cpp" line="+89"/>
        <source>20ms | 10..50ms | normal:40ms,10ms | 40ms±10ms | lognormal:40ms,10ms [on 30%] | none</source>
        <translation>20ms | 10..50ms | normal:40ms,10ms | 40ms±10ms | lognormal:40ms,10ms [on 30%] | none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND:P, comma-separated: reset, close, mid-body, hang, drip:P:RATE, malformed, bad-chunk, wrong-length</source>
        <translation>TIPO:P, separados por comas: reset, close, mid-body, hang, drip:P:TASA, malformed, bad-chunk, wrong-length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on port %2</source>
        <translation>%1 en el puerto %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected a probability 0..1 such as 0.2 or 20%</source>
        <translation>se esperaba una probabilidad 0..1 como 0.2 o 20%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change %1 of backend %2</source>
        <translation>Cambiar %1 del backend %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen</source>
        <translation>Escucha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faults</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faults injected</source>
        <translation>Fallos inyectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active conns</source>
        <translation>Conex. activas</translation>
    </message>
</context>
<context>
    <name>BackendsPanel</name>
    <message>
        <location filename="../ui/widgets/backendspanel.cpp" line="+52"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start listening (stopped = connection refused)</source>
        <translation>Empezar a escuchar (detenido = conexión rechazada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop: requests already accepted are answered, then connections are refused</source>
        <translation>Detener: se responden las peticiones ya aceptadas y después se rechazan las conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause: accept connections but answer nothing</source>
        <translation>Pausar: acepta conexiones pero no responde nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer again (held requests are answered now)</source>
        <translation>Volver a responder (las peticiones retenidas se responden ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a mock backend and a server for it</source>
        <translation>Añadir un backend simulado y un servidor para él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add N…</source>
        <translation>Añadir N…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add several mock backends at once</source>
        <translation>Añadir varios backends simulados a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Backends</source>
        <translation>Añadir backends</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many mock backends?</source>
        <translation>¿Cuántos backends simulados?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every setting of the backend: response, latency, errors, faults, timeline</source>
        <translation>Toda la configuración del backend: respuesta, latencia, errores, fallos, línea de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the mock backend</source>
        <translation>Quitar el backend simulado</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No free port is left on 127.0.0.1 for another backend.</source>
        <translation>No queda ningún puerto libre en 127.0.0.1 para otro backend.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add backend</source>
        <translation>Añadir backend</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add %n backend(s)</source>
        <translation>
            <numerusform>Añadir %n backend</numerusform>
            <numerusform>Añadir %n backends</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit backend %1</source>
        <translation>Editar el backend %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove backend %1</source>
        <translation>Quitar el backend %1</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <location filename="../ui/widgets/comparepanel.cpp" line="+63"/>
        <source>Run a comparison to see requests per server for each method.</source>
        <translation>Ejecute una comparación para ver las peticiones por servidor de cada método.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location line="+47"/>
        <location line="+75"/>
        <source>&amp;Compare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paths /item/key-N: what hash $request_uri hashes</source>
        <translation>Rutas /item/key-N: la clave de hash $request_uri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client addresses: what ip_hash hashes</source>
        <translation>Direcciones de cliente: la clave de ip_hash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Peticiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys:</source>
        <translation>Claves:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients:</source>
        <translation>Clientes:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The same seeded traffic through a copy of the group per method, against copies of the lab&apos;s mocks on other ports: the running lab is not touched.</source>
        <translation>El mismo tráfico con semilla a través de una copia del grupo por cada método, frente a copias de los backends simulados del laboratorio en otros puertos: el laboratorio en ejecución no se toca.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Ejecutando %1 (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Done: %n method(s) compared. Fairness: Jain&apos;s index of requests per weight (1 = even); keys moved: the share of keys on another server when one server is removed.</source>
        <translation>
            <numerusform>Hecho: %n método comparado. Equidad: índice de Jain de peticiones por peso (1 = reparto uniforme); claves movidas: la proporción de claves que pasan a otro servidor al quitar un servidor.</numerusform>
            <numerusform>Hecho: %n métodos comparados. Equidad: índice de Jain de peticiones por peso (1 = reparto uniforme); claves movidas: la proporción de claves que pasan a otro servidor al quitar un servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comparison stopped: %1</source>
        <translation>La comparación se detuvo: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairness</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys moved</source>
        <translation>Claves movidas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not run: %1</source>
        <translation>no ejecutado: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+6"/>
        <source>Export Comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Archivos CSV (*.csv);;Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ComplexValue</name>
    <message>
        <location filename="../proxycore/http/complexvalue.cpp" line="+51"/>
        <source>missing &quot;}&quot; after &quot;${&quot;</source>
        <translation>falta &quot;}&quot; después de &quot;${&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unsupported variable &quot;$%1&quot; (supported: %2)</source>
        <translation>variable no admitida &quot;$%1&quot; (admitidas: %2)</translation>
    </message>
</context>
<context>
    <name>DecisionText</name>
    <message>
        <location filename="../proxycore/engine/decisiontext.cpp" line="+62"/>
        <source>round robin</source>
        <translation>round robin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>already tried for this request</source>
        <translation>ya se intentó para esta petición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draining</source>
        <translation>drenando (drain)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unhealthy (active health check)</source>
        <translation>en mal estado (comprobación de estado activa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed until %1 (max_fails=%2 reached within fail_timeout=%3s)</source>
        <translation>fallido hasta %1 (max_fails=%2 alcanzado dentro de fail_timeout=%3s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_conns=%1 reached (%2 active)</source>
        <translation>max_conns=%1 alcanzado (%2 activas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup, not in use while a primary server can take the request</source>
        <translation>backup, sin uso mientras un servidor primario pueda atender la petición</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: current_weight %2 + effective_weight %3 = %4, the highest (the first of equals) → chosen; minus the round&apos;s total %5 → %6</source>
        <translation>%1: current_weight %2 + effective_weight %3 = %4, el más alto (el primero entre iguales) → elegido; menos el total de la ronda %5 → %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: current_weight %2 + effective_weight %3 = %4, the highest → chosen; minus the round&apos;s total %5 → %6</source>
        <translation>%1: current_weight %2 + effective_weight %3 = %4, el más alto → elegido; menos el total de la ronda %5 → %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: current_weight %2 + effective_weight %3 = %4</source>
        <translation>%1: current_weight %2 + effective_weight %3 = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (weight %1: lowered after failures or by slow_start)</source>
        <translation> (peso %1: reducido tras fallos o por slow_start)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usable</source>
        <translation>utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>try %1: %2 → %3 (%4)</source>
        <translation>intento %1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable</source>
        <translation>no utilizable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no live upstreams: no server could take the request</source>
        <translation>no live upstreams: ningún servidor pudo atender la petición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no primary server could take it: the backup servers are in use</source>
        <translation>ningún servidor primario pudo atenderla: se usan los servidores backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the group&apos;s only server: it is taken unless down or full, and never marked failed</source>
        <translation>%1 es el único servidor del grupo: se elige salvo que esté down o lleno, y nunca se marca como fallido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the hash key is empty: round robin decides</source>
        <translation>la clave de hash está vacía: decide round robin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 found no usable server in 20 tries: round robin decides</source>
        <translation>%1 no encontró ningún servidor utilizable en 20 intentos: decide round robin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smooth weighted round robin → %1: the highest current_weight after adding each server&apos;s effective_weight</source>
        <translation>round robin ponderado suave → %1: el current_weight más alto tras sumar el effective_weight de cada servidor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>least_time (NGINX Plus, simulated) → %1: the lowest average time × (active + 1) / weight, %2 ms</source>
        <translation>least_time (NGINX Plus, simulado) → %1: el menor tiempo medio × (activas + 1) / peso, %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>least_conn → %1: the fewest active connections per weight, %2</source>
        <translation>least_conn → %1: el menor número de conexiones activas por peso, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 active / weight %3 = %4</source>
        <translation>%1: %2 activas / peso %3 = %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no response timed yet, scores 0 (the best)</source>
        <translation>%1: aún no hay respuestas medidas, puntúa 0 (la mejor puntuación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: average %2 ms × (%3 active + 1) / weight %4 = %5 ms</source>
        <translation>%1: media %2 ms × (%3 activas + 1) / peso %4 = %5 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tie: %1 servers within 1 % of the best score; smooth weighted round robin breaks it</source>
        <translation>empate: %1 servidores a menos del 1 % de la mejor puntuación; lo deshace el round robin ponderado suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tie: %1 servers share the lowest ratio; smooth weighted round robin breaks it</source>
        <translation>empate: %1 servidores comparten la menor proporción; lo deshace el round robin ponderado suave</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0.0.0 (no IP address)</source>
        <translation>0.0.0 (sin dirección IP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ip_hash → %1: client address %2 hashes to %3; %3 mod total weight %4 = %5</source>
        <translation>ip_hash → %1: la dirección de cliente %2 da el hash %3; %3 mod peso total %4 = %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip_hash → %1: client key %2 (an IPv4 address&apos;s first three octets) hashes to %3; %3 mod total weight %4 = %5</source>
        <translation>ip_hash → %1: la clave de cliente %2 (los tres primeros octetos de una dirección IPv4) da el hash %3; %3 mod peso total %4 = %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>hash %1, slot %2</source>
        <translation>hash %1, ranura %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>hash → %1: key %2 hashes to %3; %3 mod total weight %4 = %5</source>
        <translation>hash → %1: la clave %2 da el hash %3; %3 mod peso total %4 = %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hash consistent → %1: key %2 has CRC-32 %3; the first ring point at or after it is #%4 of %5 (%6)</source>
        <translation>hash consistent → %1: la clave %2 tiene CRC-32 %3; el primer punto del anillo igual o posterior es el #%4 de %5 (%6)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ring point #%1 (%2)</source>
        <translation>punto del anillo #%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next servers on the ring: %1</source>
        <translation>siguientes servidores en el anillo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>random → %1: drew %2; %2 mod total weight %3 = %4</source>
        <translation>random → %1: salió %2; %2 mod peso total %3 = %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>drew %1, slot %2</source>
        <translation>salió %1, ranura %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>random two → %1: drew %2 (%3 active / weight %4) and %5 (%6 active / weight %7)</source>
        <translation>random two → %1: salieron %2 (%3 activas / peso %4) y %5 (%6 activas / peso %7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>equal load per weight: the second drawn wins, as in nginx</source>
        <translation>misma carga por peso: gana el segundo sorteado, como en nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has fewer active connections per weight</source>
        <translation>%1 tiene menos conexiones activas por peso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: skipped, %2</source>
        <translation>%1: omitido, %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>connect refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection error</source>
        <translation>error de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid header</source>
        <translation>cabecera no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation>abortado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (next_upstream %1)</source>
        <translation> (next_upstream %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no live upstreams</source>
        <translation>no live upstreams</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>answered by the proxy itself, no upstream</source>
        <translation>respondida por el propio proxy, sin upstream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no server was picked</source>
        <translation>no se eligió ningún servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pick %1: %2</source>
        <translation>elección %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the decision was not recorded</source>
        <translation>la decisión no se registró</translation>
    </message>
</context>
<context>
    <name>DirectiveSyntax</name>
    <message>
        <location filename="../proxycore/config/directivesyntax.cpp" line="+69"/>
        <source>a quote is not closed</source>
        <translation>una comilla no está cerrada</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&quot;%1&quot;: write REGEX REPLACEMENT [last|break|redirect|permanent]</source>
        <translation>&quot;%1&quot;: escriba REGEX REEMPLAZO [last|break|redirect|permanent]</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;%1&quot;: write proxy_set_header NAME VALUE, add_header NAME VALUE [always], proxy_hide_header NAME, proxy_pass_header NAME or proxy_redirect default|off|FROM TO</source>
        <translation>&quot;%1&quot;: escriba proxy_set_header NOMBRE VALOR, add_header NOMBRE VALOR [always], proxy_hide_header NOMBRE, proxy_pass_header NOMBRE o proxy_redirect default|off|DESDE HASTA</translation>
    </message>
</context>
<context>
    <name>DistributionView</name>
    <message>
        <location filename="../ui/widgets/distributionview.cpp" line="+159"/>
        <source>No upstream servers</source>
        <translation>No hay servidores upstream</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Requests per second, last %1 s</source>
        <translation>Peticiones por segundo, últimos %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>peak %1/s</source>
        <translation>pico %1/s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed (fail_timeout)</source>
        <translation>fallido (fail_timeout)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backup in use</source>
        <translation>backup en uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Total %n request(s)</source>
        <translation>
            <numerusform>Total: %n petición</numerusform>
            <numerusform>Total: %n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  errors %1%</source>
        <translation>  errores %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  down</source>
        <translation>  down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  backup</source>
        <translation>  backup</translation>
    </message>
</context>
<context>
    <name>DurationSpinBox</name>
    <message>
        <location filename="../ui/widgets/durationspinbox.cpp" line="+12"/>
        <source>A duration such as 500ms, 10s, 2m, 1h or 1m30s (a bare number is seconds)</source>
        <translation>Una duración como 500ms, 10s, 2m, 1h o 1m30s (un número sin unidad indica segundos)</translation>
    </message>
</context>
<context>
    <name>ExampleLabs</name>
    <message>
        <location filename="../proxycore/config/examplelabs.cpp" line="+27"/>
        <source>three equal servers, round robin (alpha, beta, gamma in turn)</source>
        <translation>tres servidores iguales, round robin (alpha, beta, gamma por turnos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights 5/1/1: nginx&apos;s smooth sequence a a b a c a a</source>
        <translation>pesos 5/1/1: la secuencia suave de nginx a a b a c a a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>three server blocks on one port chosen by Host (localhost, api.localhost, *.static.localhost), a regex location and rewrites</source>
        <translation>tres bloques server en un puerto, elegidos por Host (localhost, api.localhost, *.static.localhost), una location con expresión regular y reglas rewrite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>guided: %1</source>
        <translation>guiado: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>gamma is stopped: the first request to it fails over, then it is skipped for fail_timeout</source>
        <translation>gamma está detenido: la primera petición que recibe pasa al siguiente servidor y después se omite durante fail_timeout</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../ui/widgets/guidepanel.cpp" line="+22"/>
        <source>Show &amp;nginx.conf</source>
        <translation>&amp;Mostrar nginx.conf</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start the e&amp;xample&apos;s traffic</source>
        <translation>Iniciar el tráfico del e&amp;jemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Begin again</source>
        <translation>Volver a empe&amp;zar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start the traffic this example was made for (it is also in the Traffic bar&apos;s presets)</source>
        <translation>Iniciar el tráfico para el que se hizo este ejemplo (también está entre los perfiles de la barra de tráfico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The example as nginx.conf: what you would write for nginx 1.22</source>
        <translation>El ejemplo como nginx.conf: lo que escribiría para nginx 1.22</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick every step and begin again</source>
        <translation>Desmarcar todos los pasos y empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step is ticked when the lab sees it done; tick one yourself to move on</source>
        <translation>Un paso se marca cuando el laboratorio ve que está hecho; márquelo usted para seguir adelante</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to look for</source>
        <translation>Qué observar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No guide</source>
        <translation>Sin guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a guided example from File ▸ Examples.</source>
        <translation>Abra un ejemplo guiado desde Archivo ▸ Ejemplos.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>All %n step(s) done. Try your own changes, or open another example.</source>
        <translation>
            <numerusform>Completado %n paso. Pruebe sus propios cambios o abra otro ejemplo.</numerusform>
            <numerusform>Completados los %n pasos. Pruebe sus propios cambios o abra otro ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1: %2
Look for: %3</source>
        <translation>Paso %1: %2
Observe: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do it for me: %1</source>
        <translation>Hágalo por mí: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>requests %1 of %2</source>
        <translation>peticiones %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered %2 (stays 0)</source>
        <translation>%1 respondió %2 (sigue en 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 answered %2 of %3</source>
        <translation>%1 respondió %2 de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s share %2 % (%3–%4 %)</source>
        <translation>proporción de %1 %2 % (%3–%4 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client errors %1 (stays 0)</source>
        <translation>errores a clientes %1 (sigue en 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client errors %1 of %2</source>
        <translation>errores a clientes %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>retries %1 (stays 0)</source>
        <translation>reintentos %1 (sigue en 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retries %1 of %2</source>
        <translation>reintentos %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered by the proxy %1 of %2</source>
        <translation>respondidas por el proxy %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sessions kept %1 of %2</source>
        <translation>sesiones mantenidas %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sessions moved %1 (stays 0)</source>
        <translation>sesiones movidas %1 (sigue en 0)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sessions moved %1 of %2</source>
        <translation>sesiones movidas %1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The counts start once you have done what the step asks.</source>
        <translation>El recuento empieza cuando haya hecho lo que pide el paso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since this step: %1</source>
        <translation>Desde este paso: %1</translation>
    </message>
</context>
<context>
    <name>GuidedExamples</name>
    <message>
        <location filename="../proxycore/lessons/guidedexamples.cpp" line="+68"/>
        <source>Reverse proxy basics</source>
        <translation>Conceptos básicos del proxy inverso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One listener in front of one backend. The proxy takes each request and sends it on, rewritten: Host becomes the upstream&apos;s name, X-Real-IP and X-Forwarded-For carry the client&apos;s address, and proxy_pass http://app/; cuts /shop/ off the URI. The backend echoes what it received, so the log shows both requests side by side.</source>
        <translation>Un punto de escucha delante de un backend. El proxy toma cada petición y la reenvía reescrita: Host pasa a ser el nombre del upstream, X-Real-IP y X-Forwarded-For llevan la dirección del cliente, y proxy_pass http://app/; quita /shop/ de la URI. El backend devuelve lo que recibió, así que el registro muestra ambas peticiones una al lado de la otra.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Example: shop visitors</source>
        <translation>Ejemplo: visitantes de la tienda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 requests per second to /shop/item-N from 3 client addresses</source>
        <translation>10 peticiones por segundo a /shop/item-N desde 3 direcciones de cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Start traffic: ten requests a second go to the proxy&apos;s /shop/ location.</source>
        <translation>Inicie el tráfico: diez peticiones por segundo van a la location /shop/ del proxy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every request is answered by app. The topology shows the path: clients → listener → location → the app group → app.</source>
        <translation>app responde a todas las peticiones. La topología muestra el camino: clientes → punto de escucha → location → el grupo app → app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a request in the Request Log.</source>
        <translation>Seleccione una petición en el Registro de peticiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details show the request as the client sent it beside the request as app received it. The proxy&apos;s lines are blue: Host: app (nginx&apos;s default, $proxy_host), X-Real-IP and X-Forwarded-For with the client&apos;s address, and GET /item-N — proxy_pass http://app/; replaced the matched /shop/ with /.</source>
        <translation>Los detalles muestran la petición tal como la envió el cliente junto a la petición tal como la recibió app. Las líneas del proxy están en azul: Host: app (el valor por defecto de nginx, $proxy_host), X-Real-IP y X-Forwarded-For con la dirección del cliente, y GET /item-N — proxy_pass http://app/; sustituyó el /shop/ que coincidió por /.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the client&apos;s Host on: proxy_set_header Host $host.</source>
        <translation>Pase el Host del cliente: proxy_set_header Host $host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a newer request: app now receives the host the client asked for, 127.0.0.1 ($host is the name without the port; $http_host would pass the field as sent). Applications that build links or pick a site from Host need this. Written in the listener&apos;s Server header lines instead, this one line replaces every proxy_set_header line the server would inherit: X-Real-IP and X-Forwarded-For are gone, as in nginx.</source>
        <translation>Seleccione una petición más reciente: app recibe ahora el host que pidió el cliente, 127.0.0.1 ($host es el nombre sin el puerto; $http_host pasaría el campo tal como se envió). Las aplicaciones que construyen enlaces o eligen un sitio a partir de Host lo necesitan. Si escribe esa línea en las líneas de cabecera del servidor del punto de escucha, esa única línea sustituye todas las líneas proxy_set_header que el servidor heredaría: X-Real-IP y X-Forwarded-For desaparecen, como en nginx.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set Host $host</source>
        <translation>Poner Host $host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop app in the Backends panel (or from its card&apos;s menu).</source>
        <translation>Detenga app en el panel Backends (o desde el menú de su tarjeta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With its only server gone, the proxy answers 502 Bad Gateway itself: each request tries app, the connection is refused, and there is no other server. (nginx never marks the only server of a group failed: it keeps trying it.)</source>
        <translation>Sin su único servidor, el proxy responde él mismo 502 Bad Gateway: cada petición intenta app, la conexión se rechaza y no hay otro servidor. (nginx nunca marca como fallido el único servidor de un grupo: sigue intentándolo.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start app again.</source>
        <translation>Vuelva a iniciar app.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next request connects: the clients get their answers at once.</source>
        <translation>La siguiente petición conecta: los clientes reciben sus respuestas al instante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log&apos;s Tries column: one server per request, ✓ when it answered, ✗ when it failed.</source>
        <translation>La columna Intentos del registro: un servidor por petición, ✓ si respondió, ✗ si falló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx.conf: the same lab as an nginx configuration, with the proxy_set_header lines the lab applies.</source>
        <translation>nginx.conf: el mismo laboratorio como configuración de nginx, con las líneas proxy_set_header que aplica el laboratorio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A reverse proxy in front of an app</source>
        <translation>Un proxy inverso delante de una aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address, three locations: /api/ goes to the api group with proxy_pass http://api/; (the /api/ prefix is cut off), everything else to the web group, and location = /healthz is answered by the proxy itself with return 200 &quot;ok&quot;; — no backend involved.</source>
        <translation>Una dirección, tres locations: /api/ va al grupo api con proxy_pass http://api/; (se quita el prefijo /api/), todo lo demás al grupo web, y location = /healthz la responde el propio proxy con return 200 &quot;ok&quot;; — sin ningún backend.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Example: app visitors</source>
        <translation>Ejemplo: visitantes de la aplicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 requests per second for /api/users/N, / and /healthz</source>
        <translation>30 peticiones por segundo a /api/users/N, / y /healthz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Start traffic: requests for /api/users/N, / and /healthz arrive at one address.</source>
        <translation>Inicie el tráfico: las peticiones a /api/users/N, / y /healthz llegan a una sola dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/api/ requests go to api1 and api2 in turn, / to web, and /healthz never reaches a server: the log&apos;s Tries column is empty for it.</source>
        <translation>Las peticiones a /api/ van por turnos a api1 y api2, / a web, y /healthz nunca llega a un servidor: la columna Intentos del registro queda vacía para ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an /api/ request in the Request Log (type api in its filter).</source>
        <translation>Seleccione una petición a /api/ en el Registro de peticiones (escriba api en su filtro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client asked for /api/users/N; api1 or api2 received /users/N. A proxy_pass with a URI (http://api/) replaces the part of the path the location matched.</source>
        <translation>El cliente pidió /api/users/N; api1 o api2 recibió /users/N. Un proxy_pass con URI (http://api/) sustituye la parte de la ruta que coincidió con la location.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the listener&apos;s routes, change the /api/ route&apos;s group from api/ to api (no trailing slash).</source>
        <translation>En las rutas del punto de escucha, cambie el grupo de la ruta /api/ de api/ a api (sin barra final).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a newer /api/ request: the backend now receives /api/users/N unchanged. proxy_pass without a URI passes the client&apos;s URI as it is.</source>
        <translation>Seleccione una petición más reciente a /api/: el backend recibe ahora /api/users/N sin cambios. proxy_pass sin URI pasa la URI del cliente tal cual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use proxy_pass http://api;</source>
        <translation>Usar proxy_pass http://api;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop web in the Backends panel.</source>
        <translation>Detenga web en el panel Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>/ now gets 502 Bad Gateway while /api/ keeps working, and /healthz still says ok: a health endpoint the proxy answers itself says nothing about the app behind it.</source>
        <translation>/ recibe ahora 502 Bad Gateway mientras /api/ sigue funcionando, y /healthz sigue diciendo ok: un endpoint de salud que responde el propio proxy no dice nada de la aplicación que hay detrás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start web again.</source>
        <translation>Vuelva a iniciar web.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>/ is answered again.</source>
        <translation>/ vuelve a tener respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx.conf: one server block with three locations; location = /healthz is matched before the prefixes.</source>
        <translation>nginx.conf: un bloque server con tres locations; location = /healthz se comprueba antes que los prefijos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup servers</source>
        <translation>Servidores backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two primaries, alpha and beta, share the requests; spare is a backup server: nginx sends it nothing while a primary can answer, and everything when none can. The servers have fail_timeout=3s (nginx&apos;s default is 10s) so that a recovered server is back soon.</source>
        <translation>Dos primarios, alpha y beta, se reparten las peticiones; spare es un servidor backup: nginx no le envía nada mientras un primario pueda responder, y todo cuando ninguno puede. Los servidores tienen fail_timeout=3s (el valor por defecto de nginx es 10s) para que un servidor recuperado vuelva pronto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>Example: steady 40/s</source>
        <translation>Ejemplo: constante 40/s</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>40 requests per second over 4 connections</source>
        <translation>40 peticiones por segundo por 4 conexiones</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+51"/>
        <location line="+137"/>
        <source>Press Start traffic.</source>
        <translation>Inicie el tráfico.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>alpha and beta take turns. spare&apos;s card says backup, waiting, and its count stays at 0.</source>
        <translation>alpha y beta se turnan. La tarjeta de spare dice backup en espera, y su recuento se queda en 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop alpha in the Backends panel (or from its card&apos;s menu).</source>
        <translation>Detenga alpha en el panel Backends (o desde el menú de su tarjeta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta takes every request. The first request sent to alpha was refused and retried on beta (the log shows alpha ✗ → beta ✓); then alpha is skipped for fail_timeout. spare still takes nothing: one primary is enough.</source>
        <translation>beta atiende todas las peticiones. La primera petición enviada a alpha se rechazó y se reintentó en beta (el registro muestra alpha ✗ → beta ✓); después alpha se omite durante fail_timeout. spare sigue sin recibir nada: basta con un primario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop beta too, with alpha still stopped.</source>
        <translation>Detenga también beta, con alpha aún detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With both primaries down, spare takes every request. The clients see no errors: a refused try moves on to the next server.</source>
        <translation>Con los dos primarios caídos, spare atiende todas las peticiones. Los clientes no ven errores: un intento rechazado pasa al siguiente servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start alpha again.</source>
        <translation>Vuelva a iniciar alpha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within fail_timeout (3 s here) the proxy tries alpha again, and the traffic returns to it: spare waits again.</source>
        <translation>Dentro de fail_timeout (aquí 3 s) el proxy vuelve a intentar alpha y el tráfico regresa a él: spare vuelve a esperar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Distribution tab: each server&apos;s state over time — up, failed, backup in use.</source>
        <translation>La pestaña Distribución: el estado de cada servidor a lo largo del tiempo — activo, fallido, backup en uso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx.conf: server … backup; a backup cannot be used with hash, ip_hash or random.</source>
        <translation>nginx.conf: server … backup; un backup no se puede usar con hash, ip_hash ni random.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handling down servers</source>
        <translation>Cómo tratar los servidores caídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gamma&apos;s mock fails 30 % of its requests with 502 Bad Gateway. What the clients see depends on proxy_next_upstream: by default (error timeout) a refused connection is retried on another server but a 502 answer is passed on. gamma&apos;s max_fails=3 and fail_timeout=3s (nginx&apos;s defaults are 1 and 10s) take a failing server out for a while; down takes it out by hand.</source>
        <translation>El mock de gamma falla el 30 % de sus peticiones con 502 Bad Gateway. Lo que ven los clientes depende de proxy_next_upstream: por defecto (error timeout) una conexión rechazada se reintenta en otro servidor, pero una respuesta 502 se transmite. max_fails=3 y fail_timeout=3s de gamma (los valores por defecto de nginx son 1 y 10s) retiran un rato un servidor que falla; down lo retira a mano.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About one request in ten gets 502 Bad Gateway: gamma&apos;s. 502 is not in the default proxy_next_upstream error timeout, so the proxy passes the answer on.</source>
        <translation>Aproximadamente una petición de cada diez recibe 502 Bad Gateway: la de gamma. 502 no está en el valor por defecto proxy_next_upstream error timeout, así que el proxy transmite la respuesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry failed answers: add http_502 to proxy_next_upstream.</source>
        <translation>Reintentar las respuestas fallidas: añada http_502 a proxy_next_upstream.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clients see no more errors: a 502 from gamma is retried on the next server (the log shows gamma ✗ → alpha ✓). It now counts as a failure too: after three within fail_timeout (max_fails=3) gamma rests for fail_timeout — its card says failed until … — and gets fewer requests.</source>
        <translation>Los clientes ya no ven errores: un 502 de gamma se reintenta en el siguiente servidor (el registro muestra gamma ✗ → alpha ✓). Ahora también cuenta como fallo: tras tres dentro de fail_timeout (max_fails=3) gamma descansa durante fail_timeout — su tarjeta dice fallido hasta … — y recibe menos peticiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set proxy_next_upstream error timeout http_502</source>
        <translation>Poner proxy_next_upstream error timeout http_502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take gamma out by hand: mark it down (⏻ on its card, or Down in the group editor).</source>
        <translation>Retire gamma a mano: márquelo como down (⏻ en su tarjeta, o Down en el editor del grupo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gamma gets nothing at all, so nothing is retried: down is for maintenance, nginx does not even try the server.</source>
        <translation>gamma no recibe nada, así que no se reintenta nada: down es para mantenimiento, nginx ni siquiera intenta el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now crash a server: stop alpha in the Backends panel.</source>
        <translation>Ahora haga caer un servidor: detenga alpha en el panel Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refused connection is an error, retried by default: the clients still see no errors. alpha is failed and tried again after each fail_timeout; beta takes the requests.</source>
        <translation>Una conexión rechazada es un error y por defecto se reintenta: los clientes siguen sin ver errores. alpha está fallido y se vuelve a intentar tras cada fail_timeout; beta atiende las peticiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn retries off: proxy_next_upstream off.</source>
        <translation>Desactive los reintentos: proxy_next_upstream off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each time the proxy tries alpha again (every fail_timeout) a client gets 502 Bad Gateway: with retries off nobody else is asked. That is why the default retries errors and timeouts.</source>
        <translation>Cada vez que el proxy vuelve a intentar alpha (cada fail_timeout) un cliente recibe 502 Bad Gateway: sin reintentos no se pregunta a nadie más. Por eso el valor por defecto reintenta errores y timeouts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set proxy_next_upstream off</source>
        <translation>Poner proxy_next_upstream off</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a retried request: Why this server lists each try and why a server was skipped (down, failed until …, already tried).</source>
        <translation>Seleccione una petición reintentada: Por qué este servidor enumera cada intento y por qué se omitió un servidor (down, fallido hasta …, ya intentado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx.conf: proxy_next_upstream in each location, max_fails and fail_timeout on each server.</source>
        <translation>nginx.conf: proxy_next_upstream en cada location, max_fails y fail_timeout en cada servidor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balancing algorithms compared</source>
        <translation>Algoritmos de balanceo comparados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One group, five methods. alpha has weight 2; gamma answers in 100 ms while alpha and beta answer at once. Switch the group&apos;s method step by step and watch the shares move, then let Compare send the same seeded traffic through each method side by side.</source>
        <translation>Un grupo, cinco métodos. alpha tiene peso 2; gamma responde en 100 ms mientras alpha y beta responden al instante. Cambie paso a paso el método del grupo y observe cómo se mueven las proporciones; después deje que Comparar envíe el mismo tráfico reproducible por cada método, uno al lado del otro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example: 30 clients, 100 keys</source>
        <translation>Ejemplo: 30 clientes, 100 claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 requests per second from 30 client addresses over 100 paths /item/key-N</source>
        <translation>50 peticiones por segundo desde 30 direcciones de cliente a 100 rutas /item/key-N</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Start traffic. The group starts with round robin, nginx&apos;s default.</source>
        <translation>Inicie el tráfico. El grupo empieza con round robin, el valor por defecto de nginx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alpha takes half of the requests (weight 2 of 4), beta and gamma a quarter each: smooth weighted round robin follows the weights and ignores gamma&apos;s slowness.</source>
        <translation>alpha recibe la mitad de las peticiones (peso 2 de 4), beta y gamma un cuarto cada uno: el round robin ponderado suave sigue los pesos e ignora la lentitud de gamma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the group to least_conn (Method in the group editor).</source>
        <translation>Cambie el grupo a least_conn (Método en el editor del grupo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gamma holds each request longer, so it has more in flight and least_conn sends it fewer; alpha and beta share the rest by weight.</source>
        <translation>gamma retiene cada petición más tiempo, así que tiene más en curso y least_conn le envía menos; alpha y beta se reparten el resto según su peso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use least_conn</source>
        <translation>Usar least_conn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to ip_hash.</source>
        <translation>Cambie a ip_hash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each client address now always reaches the same server (ip_hash keys on the first three octets). The shares follow how the 30 addresses hash, roughly by weight.</source>
        <translation>Cada dirección de cliente llega ahora siempre al mismo servidor (ip_hash usa como clave los tres primeros octetos). Las proporciones siguen el hash de las 30 direcciones, más o menos según el peso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use ip_hash</source>
        <translation>Usar ip_hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to hash $request_uri consistent (hash KEY consistent, key $request_uri).</source>
        <translation>Cambie a hash $request_uri consistent (hash KEY consistent, clave $request_uri).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each path always goes to the same server: servers and keys sit on one ring, a key belongs to the next server point after it.</source>
        <translation>Cada ruta va siempre al mismo servidor: servidores y claves están en un anillo, y una clave pertenece al siguiente punto de servidor tras ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use hash $request_uri consistent</source>
        <translation>Usar hash $request_uri consistent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark beta down: a server removed.</source>
        <translation>Marque beta como down: un servidor menos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only beta&apos;s paths move, to the next server on the ring; every other path stays where it was. Without consistent, most paths would move.</source>
        <translation>Solo se mueven las rutas de beta, al siguiente servidor del anillo; todas las demás se quedan donde estaban. Sin consistent, la mayoría de las rutas se moverían.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring beta back (untick down) and switch to random two least_conn.</source>
        <translation>Recupere beta (desmarque down) y cambie a random two least_conn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two servers drawn at random by weight, the one with fewer requests in flight wins: nearly least_conn&apos;s result without comparing every server.</source>
        <translation>Se sacan al azar dos servidores según su peso y gana el que tiene menos peticiones en curso: casi el resultado de least_conn sin comparar todos los servidores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use random two least_conn</source>
        <translation>Usar random two least_conn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Compare tab (Lab ▸ Compare Methods) and press Compare.</source>
        <translation>Abra la pestaña Comparar (Laboratorio ▸ Comparar métodos) y pulse Comparar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seeded traffic through each method, one after another on copies of the mocks: round_robin follows the weights, least_conn and random two least_conn spare slow gamma, ip_hash and hash follow their keys, and Keys moved shows how many keys change server when one server goes: far fewer with consistent.</source>
        <translation>El mismo tráfico reproducible por cada método, uno tras otro sobre copias de los mocks: round_robin sigue los pesos, least_conn y random two least_conn descargan al lento gamma, ip_hash y hash siguen sus claves, y Claves movidas muestra cuántas claves cambian de servidor cuando se va un servidor: muchas menos con consistent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a request: Why this server shows each method&apos;s numbers (current_weight, connections per weight, the hash and its slot or ring point, the two random draws).</source>
        <translation>Seleccione una petición: Por qué este servidor muestra los números de cada método (current_weight, conexiones por peso, el hash y su ranura o punto del anillo, los dos sorteos al azar).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sticky sessions without NGINX Plus</source>
        <translation>Sesiones persistentes sin NGINX Plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus has sticky cookie; open-source nginx gets the effect from hash $cookie_session: the session cookie the application set picks the server, so a visitor stays where their session is. Twenty visitors keep their cookies (session=s0 … s19). fail_timeout=3s here (nginx&apos;s default is 10s).</source>
        <translation>NGINX Plus tiene sticky cookie; nginx open source consigue el mismo efecto con hash $cookie_session: la cookie de sesión que puso la aplicación elige el servidor, así que un visitante se queda donde está su sesión. Veinte visitantes conservan sus cookies (session=s0 … s19). Aquí fail_timeout=3s (el valor por defecto de nginx es 10s).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Example: 20 visitors with cookies</source>
        <translation>Ejemplo: 20 visitantes con cookies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 requests per second from 20 visitors, each sending its own session cookie</source>
        <translation>50 peticiones por segundo de 20 visitantes, cada uno con su propia cookie de sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each visitor&apos;s requests land on one server. Select a request and read Why this server: the key is the cookie&apos;s value, and its hash picks the server.</source>
        <translation>Las peticiones de cada visitante llegan a un servidor. Seleccione una petición y lea Por qué este servidor: la clave es el valor de la cookie, y su hash elige el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch the group to round robin, to see what stickiness prevents.</source>
        <translation>Cambie el grupo a round robin para ver lo que evita la persistencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors now hop from server to server: a session kept in one server&apos;s memory would be lost on the next request.</source>
        <translation>Los visitantes saltan ahora de un servidor a otro: una sesión guardada en la memoria de un servidor se perdería en la siguiente petición.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use round robin</source>
        <translation>Usar round robin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch back to hash $cookie_session.</source>
        <translation>Vuelva a hash $cookie_session.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every visitor stays on one server again.</source>
        <translation>Cada visitante vuelve a quedarse en un servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use hash $cookie_session</source>
        <translation>Usar hash $cookie_session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop app2 in the Backends panel.</source>
        <translation>Detenga app2 en el panel Backends.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only app2&apos;s visitors move (their first request is refused and retried, then app2 is skipped); everyone else stays. The sessions app2 held are lost: the price of keeping them on one server.</source>
        <translation>Solo se mueven los visitantes de app2 (su primera petición se rechaza y se reintenta, después app2 se omite); los demás se quedan. Las sesiones que tenía app2 se pierden: el precio de mantenerlas en un solo servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start app2 again.</source>
        <translation>Vuelva a iniciar app2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After fail_timeout app2 gets its visitors back. Requests without the cookie (a first visit) have an empty key, which nginx balances by round robin.</source>
        <translation>Tras fail_timeout app2 recupera sus visitantes. Las peticiones sin la cookie (una primera visita) tienen la clave vacía, que nginx reparte por round robin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hash … consistent keeps most visitors in place when servers are added or removed from the group; without it most of them move.</source>
        <translation>hash … consistent mantiene en su sitio a la mayoría de los visitantes cuando se añaden o quitan servidores del grupo; sin él, la mayoría se mueve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nginx.conf: hash $cookie_session; in the upstream block — no NGINX Plus directive needed.</source>
        <translation>nginx.conf: hash $cookie_session; en el bloque upstream — no hace falta ninguna directiva de NGINX Plus.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message numerus="yes">
        <location filename="../ui/widgets/importpanel.cpp" line="+54"/>
        <source>%n note(s) (safely ignored)</source>
        <translation>
            <numerusform>%n nota (ignorada sin riesgo)</numerusform>
            <numerusform>%n notas (ignoradas sin riesgo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n warning(s) (behaviour may differ), %2. Select one to see its line.</source>
        <extracomment>%2 is &quot;N note(s) (safely ignored)&quot;.</extracomment>
        <translation>
            <numerusform>%1: %n advertencia (el comportamiento puede variar), %2. Seleccione una para ver su línea.</numerusform>
            <numerusform>%1: %n advertencias (el comportamiento puede variar), %2. Seleccione una para ver su línea.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: everything was imported.</source>
        <translation>%1: se importó todo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(cannot read %1)</source>
        <translation>(no se puede leer %1)</translation>
    </message>
</context>
<context>
    <name>LabConfig</name>
    <message>
        <location filename="../proxycore/config/labconfig.cpp" line="+20"/>
        <source>Demo lab</source>
        <translation>Laboratorio de demostración</translation>
    </message>
</context>
<context>
    <name>LabExposure</name>
    <message>
        <location filename="../proxycore/config/labexposure.cpp" line="+144"/>
        <source>%1 (that is %2)</source>
        <translation>%1 (es decir, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend %1 serves the file %2, outside the lab&apos;s folder (%3)</source>
        <translation>el backend %1 sirve el archivo %2, fuera de la carpeta del laboratorio (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the proxy listens on %1, reachable from other machines (%2)</source>
        <translation>el proxy escucha en %1, accesible desde otras máquinas (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backend %1 listens on %2, reachable from other machines (%3)</source>
        <translation>el backend %1 escucha en %2, accesible desde otras máquinas (%3)</translation>
    </message>
</context>
<context>
    <name>LabJson</name>
    <message>
        <location filename="../proxycore/config/labjson.cpp" line="+26"/>
        <source>unknown key (expected one of: %1)</source>
        <translation>clave desconocida (se esperaba una de: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+167"/>
        <location line="+243"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a duration such as &quot;10s&quot; or &quot;500ms&quot;</source>
        <translation>debe ser una duración como &quot;10s&quot; o &quot;500ms&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be whole seconds such as &quot;10s&quot; (nginx rejects milliseconds here)</source>
        <translation>debe ser un número entero de segundos como &quot;10s&quot; (nginx rechaza aquí los milisegundos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a size such as &quot;1m&quot;, &quot;64k&quot; or a number of bytes</source>
        <translation>debe ser un tamaño como &quot;1m&quot;, &quot;64k&quot; o un número de bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be &quot;Name: value&quot; or {&quot;name&quot;, &quot;value&quot;, &quot;always&quot;}</source>
        <translation>debe ser &quot;Nombre: valor&quot; o {&quot;name&quot;, &quot;value&quot;, &quot;always&quot;}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an object {&quot;regex&quot;, &quot;replacement&quot;, &quot;flag&quot;}</source>
        <translation>debe ser un objeto {&quot;regex&quot;, &quot;replacement&quot;, &quot;flag&quot;}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be &quot;last&quot;, &quot;break&quot;, &quot;redirect&quot;, &quot;permanent&quot; or &quot;&quot;</source>
        <translation>debe ser &quot;last&quot;, &quot;break&quot;, &quot;redirect&quot;, &quot;permanent&quot; o &quot;&quot;</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be a status or a range such as &quot;200-399&quot;</source>
        <translation>debe ser un código de estado o un rango como &quot;200-399&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be one of round_robin, least_conn, ip_hash, hash, random, least_time</source>
        <translation>debe ser uno de round_robin, least_conn, ip_hash, hash, random, least_time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;header&quot; or &quot;last_byte&quot;</source>
        <translation>debe ser &quot;header&quot; o &quot;last_byte&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;&quot; or &quot;least_conn&quot;</source>
        <translation>debe ser &quot;&quot; o &quot;least_conn&quot;</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown condition &quot;%1&quot; (nginx accepts %2)</source>
        <translation>condición desconocida &quot;%1&quot; (nginx acepta %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;off&quot; cannot be combined with other conditions</source>
        <translation>&quot;off&quot; no se puede combinar con otras condiciones</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+12"/>
        <location line="+371"/>
        <source>must be a string &quot;Name: value&quot;</source>
        <translation>debe ser una cadena &quot;Nombre: valor&quot;</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>is replaced by the proxy_set_header lines (Host: $host)</source>
        <translation>se sustituye por las líneas proxy_set_header (Host: $host)</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>must be a string such as &quot;reset:0.1&quot;</source>
        <translation>debe ser una cadena como &quot;reset:0.1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a string such as &quot;10s stop&quot;</source>
        <translation>debe ser una cadena como &quot;10s stop&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a whole number 0..2^53</source>
        <translation>debe ser un número entero entre 0 y 2^53</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lab file must hold a JSON object</source>
        <translation>un archivo de laboratorio debe contener un objeto JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required (this version reads format %1)</source>
        <translation>es obligatorio (esta versión lee el formato %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is %1, but this version of Upstream Lab reads format %2</source>
        <translation>es %1, pero esta versión de Upstream Lab lee el formato %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>must be &quot;=&quot;, &quot;^~&quot;, &quot;~&quot;, &quot;~*&quot; or &quot;&quot; (and agree with &quot;exact&quot;)</source>
        <translation>debe ser &quot;=&quot;, &quot;^~&quot;, &quot;~&quot;, &quot;~*&quot; o &quot;&quot; (y concordar con &quot;exact&quot;)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>file is too large for a lab (over 16 MiB)</source>
        <translation>el archivo es demasiado grande para un laboratorio (más de 16 MiB)</translation>
    </message>
</context>
<context>
    <name>LabRunner</name>
    <message>
        <location filename="../backends/labrunner.cpp" line="+154"/>
        <source>no mock backend %1 is running</source>
        <translation>no hay ningún backend simulado %1 en ejecución</translation>
    </message>
</context>
<context>
    <name>LabValidator</name>
    <message>
        <location filename="../proxycore/config/labvalidator.cpp" line="+118"/>
        <location line="+47"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+212"/>
        <source>must be a name of letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;</source>
        <translation>debe ser un nombre formado por letras, dígitos, &apos;_&apos;, &apos;-&apos; o &apos;.&apos;</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>&quot;%1&quot; is used by another upstream</source>
        <translation>otro grupo upstream ya usa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is required by the hash method (e.g. &quot;$request_uri&quot;)</source>
        <translation>es obligatorio con el método hash (p. ej. &quot;$request_uri&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+117"/>
        <location line="+10"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>must be a path starting with &quot;/&quot;</source>
        <translation>debe ser una ruta que empiece por &quot;/&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a status or range within %1</source>
        <translation>debe ser un código de estado o un rango dentro de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an upstream needs at least one server (nginx: no servers are inside upstream)</source>
        <translation>un grupo upstream necesita al menos un servidor (nginx: no servers are inside upstream)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an IP address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation>debe ser una dirección IP con puerto, p. ej. &quot;127.0.0.1:9001&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is used by another server of this upstream</source>
        <translation>otro servidor de este grupo upstream ya usa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be %1 (0 turns failure accounting off)</source>
        <translation>debe ser %1 (0 desactiva el recuento de fallos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <location line="+85"/>
        <source>must be %1 (0 means no limit)</source>
        <translation>debe ser %1 (0 significa sin límite)</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>the %1 method does not support &quot;slow_start&quot; (NGINX Plus allows it with round robin and least_conn only)</source>
        <translation>el método %1 no admite &quot;slow_start&quot; (NGINX Plus solo lo permite con round robin y least_conn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 method does not support &quot;backup&quot; (nginx: balancing method does not support parameter &quot;backup&quot;)</source>
        <translation>el método %1 no admite &quot;backup&quot; (nginx: balancing method does not support parameter &quot;backup&quot;)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1..%1 (or 0 for any free port)</source>
        <translation>debe estar entre 1 y %1 (o ser 0 para cualquier puerto libre)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>must be a status code %1 (444 closes the connection)</source>
        <translation>debe ser un código de estado %1 (444 cierra la conexión)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must start with &quot;/&quot;</source>
        <translation>debe empezar por &quot;/&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate location &quot;%1&quot;</source>
        <translation>location duplicada &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a redirect (%1) needs the URL to send in Location</source>
        <translation>una redirección (%1) necesita la URL que se envía en Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a location either returns or proxies to an upstream, not both</source>
        <translation>una location o bien responde con return o bien hace proxy a un upstream, no ambas cosas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no upstream named &quot;%1&quot;</source>
        <translation>no hay ningún upstream llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a redirect URL must not contain line breaks</source>
        <translation>una URL de redirección no puede contener saltos de línea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a location that returns does not proxy</source>
        <translation>una location que responde con return no hace proxy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a regular-expression location cannot replace a part of the URI (nginx: &quot;proxy_pass&quot; cannot have URI part in location given by regular expression); use variables such as &quot;/v2/$1&quot;</source>
        <translation>una location con expresión regular no puede sustituir una parte de la URI (nginx: &quot;proxy_pass&quot; cannot have URI part in location given by regular expression); use variables como &quot;/v2/$1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must not be negative (0 means no limit)</source>
        <translation>no puede ser negativo (0 significa sin límite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be %1 (0 means one per core)</source>
        <translation>debe ser %1 (0 significa uno por núcleo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an address or a CIDR such as &quot;127.0.0.0/8&quot;</source>
        <translation>debe ser una dirección o un CIDR como &quot;127.0.0.0/8&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a header name such as X-Real-IP or X-Forwarded-For</source>
        <translation>debe ser un nombre de cabecera como X-Real-IP o X-Forwarded-For</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real_ip_header needs at least one trusted address (set_real_ip_from)</source>
        <translation>real_ip_header necesita al menos una dirección de confianza (set_real_ip_from)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is used by another backend</source>
        <translation>otro backend ya usa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an address with a port, e.g. &quot;127.0.0.1:9001&quot;</source>
        <translation>debe ser una dirección con puerto, p. ej. &quot;127.0.0.1:9001&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is used by another backend</source>
        <translation>otro backend ya usa %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>must be an HTTP status %1</source>
        <translation>debe ser un código de estado HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a probability 0..1</source>
        <translation>debe ser una probabilidad entre 0 y 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>must not be negative (0 = off)</source>
        <translation>no puede ser negativo (0 = desactivado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the probabilities add up to more than 1</source>
        <translation>la suma de las probabilidades supera 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give only one of body, body_file and body_size</source>
        <translation>indique solo uno de body, body_file y body_size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 1t</source>
        <translation>debe ser como máximo 1t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number 0..2^53</source>
        <translation>debe ser un número entero entre 0 y 2^53</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a colour &quot;#RRGGBB&quot;</source>
        <translation>debe ser un color &quot;#RRGGBB&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must start with &quot;/&quot; (or be empty for none)</source>
        <translation>debe empezar por &quot;/&quot; (o quedar vacío si no se usa)</translation>
    </message>
    <message>
        <location line="-304"/>
        <location line="+14"/>
        <location line="+294"/>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+308"/>
        <source>a header value must not contain line breaks</source>
        <translation>el valor de una cabecera no puede contener saltos de línea</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>&quot;always&quot; belongs to add_header</source>
        <translation>&quot;always&quot; corresponde a add_header</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;off&quot; cannot be combined with other entries</source>
        <translation>&quot;off&quot; no se puede combinar con otras entradas</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>must be an IP address such as &quot;127.0.0.1&quot; or &quot;::1&quot;</source>
        <translation>debe ser una dirección IP como &quot;127.0.0.1&quot; o &quot;::1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this server block already listens on %1 (nginx: duplicate listen)</source>
        <translation>este bloque server ya escucha en %1 (nginx: duplicate listen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already has a default server (%2)</source>
        <translation>%1 ya tiene un default_server (%2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>must be a path such as &quot;/&quot; or &quot;/v2/&quot; (no spaces, &quot;#&quot;, and &quot;?&quot; only with variables)</source>
        <translation>debe ser una ruta como &quot;/&quot; o &quot;/v2/&quot; (sin espacios ni &quot;#&quot;, y &quot;?&quot; solo con variables)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>steps must be in time order</source>
        <translation>los pasos deben estar en orden cronológico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeat must be the last step, at a time after 0</source>
        <translation>repeat debe ser el último paso, en un instante posterior a 0</translation>
    </message>
</context>
<context>
    <name>ListenerEditor</name>
    <message>
        <location filename="../ui/widgets/listenereditor.cpp" line="+48"/>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client connections open at once; past it a 503 and close (0 = no limit)</source>
        <translation>Conexiones de cliente abiertas a la vez; por encima del límite, se responde 503 y se cierra (0 = sin límite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>127.0.0.1 keeps the lab private to this machine</source>
        <translation>127.0.0.1 mantiene el laboratorio privado en esta máquina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upstream group</source>
        <translation>Grupo upstream</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Or return</source>
        <translation>O return</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>default_server: answers hosts no block names</source>
        <translation>default_server: responde a los hosts que ningún bloque nombra</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A path prefix such as /api/; &quot;= /path&quot; for that path only (checked first); &quot;^~ /prefix&quot; (no regex after it); &quot;~ regex&quot; or &quot;~* regex&quot; (caseless), tried in order after the longest prefix</source>
        <translation>Un prefijo de ruta como /api/; &quot;= /path&quot; solo para esa ruta (se comprueba primero); &quot;^~ /prefix&quot; (sin expresiones regulares después); &quot;~ regex&quot; o &quot;~* regex&quot; (sin distinguir mayúsculas), probadas en orden después del prefijo más largo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The group to proxy to; &quot;group/uri/&quot; replaces the matched location with /uri/, like proxy_pass http://group/uri/</source>
        <translation>El grupo al que se hace proxy; &quot;grupo/uri/&quot; sustituye la location coincidente por /uri/, como proxy_pass http://grupo/uri/</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer here instead of proxying, like nginx&apos;s return: &quot;200 ok&quot;, &quot;404&quot;, &quot;301 https://example.org/&quot;, &quot;444&quot; (close)</source>
        <translation>Responder aquí en lugar de hacer proxy, como el return de nginx: &quot;200 ok&quot;, &quot;404&quot;, &quot;301 https://example.org/&quot;, &quot;444&quot; (cierra la conexión)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: the block for requests without a host</source>
        <translation>ninguno: el bloque para peticiones sin host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx&apos;s server_name: example.org *.example.org www.example.* ~^img(\d+)\.test$ (exact, then the longest wildcard, then regexes in order)</source>
        <translation>server_name de nginx: example.org *.example.org www.example.* ~^img(\d+)\.test$ (exacto, después el comodín más largo, después las expresiones regulares en orden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[::1]:8080, 127.0.0.2:8080 default_server</source>
        <translation>[::1]:8080, 127.0.0.2:8080 default_server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More listen lines of this server block, comma-separated</source>
        <translation>Más líneas listen de este bloque server, separadas por comas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>^/old/(.*)$ /new/$1 permanent</source>
        <translation>^/antiguo/(.*)$ /nuevo/$1 permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One rewrite per line: REGEX REPLACEMENT [last|break|redirect|permanent]</source>
        <translation>Un rewrite por línea: REGEX REEMPLAZO [last|break|redirect|permanent]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proxy_set_header Host $host
add_header X-Frame-Options DENY always</source>
        <translation>proxy_set_header Host $host
add_header X-Frame-Options DENY always</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy_set_header, add_header [always], proxy_hide_header, proxy_pass_header and proxy_redirect, one per line. A level that sets any line of a kind replaces that kind from above (the http level, written in the lab file or nginx.conf; this server; the location), as in nginx</source>
        <translation>proxy_set_header, add_header [always], proxy_hide_header, proxy_pass_header y proxy_redirect, una por línea. Un nivel que fija alguna línea de un tipo sustituye ese tipo heredado de arriba (el nivel http, escrito en el archivo del laboratorio o en nginx.conf; este servidor; la location), como en nginx</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Address:</source>
        <translation>D&amp;irección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also &amp;listen:</source>
        <translation>Otras líneas &amp;listen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;names:</source>
        <translation>Nom&amp;bres de servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;connections:</source>
        <translation>Máx. &amp;conexiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;rewrites:</source>
        <translation>Reglas re&amp;write del servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;header lines:</source>
        <translation>Líneas de cabece&amp;ra del servidor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location r&amp;ewrites:</source>
        <translation>Re&amp;glas rewrite de la location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location header l&amp;ines:</source>
        <translation>Líneas de cabecera de la loca&amp;tion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Route</source>
        <translation>Añadir ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Route</source>
        <translation>Quitar ruta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change listener address</source>
        <translation>Cambiar la dirección del punto de escucha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change listener port</source>
        <translation>Cambiar el puerto del punto de escucha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change default server</source>
        <translation>Cambiar default_server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change server names</source>
        <translation>Cambiar los nombres de servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change listens</source>
        <translation>Cambiar las líneas listen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change server rewrites</source>
        <translation>Cambiar las reglas rewrite del servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change server header lines</source>
        <translation>Cambiar las líneas de cabecera del servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change location rewrites</source>
        <translation>Cambiar las reglas rewrite de la location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change location header lines</source>
        <translation>Cambiar las líneas de cabecera de la location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change listener connection limit</source>
        <translation>Cambiar el límite de conexiones del punto de escucha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change route</source>
        <translation>Cambiar la ruta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add route</source>
        <translation>Añadir ruta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove route</source>
        <translation>Quitar ruta</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select a location to edit its rewrites and header lines.</source>
        <translation>Seleccione una location para editar sus reglas rewrite y líneas de cabecera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location %1</source>
        <translation>location %1</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../ui/widgets/logpanel.cpp" line="+47"/>
        <source>&amp;Follow</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Filter: URI, client, server, status…</source>
        <translation>Filtro: URI, cliente, servidor, estado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors and retries</source>
        <translation>Errores y reintentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>All servers</source>
        <translation>Todos los servidores</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Scroll to the newest request as it arrives</source>
        <translation>Desplazarse a la petición más reciente en cuanto llega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a request to see its headers, timings and attempts.</source>
        <translation>Seleccione una petición para ver sus cabeceras, tiempos e intentos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started %1 · upstream group &lt;b&gt;%2&lt;/b&gt; · %3 in, %4 out</source>
        <extracomment>%3 and %4 are &quot;N byte(s)&quot;.</extracomment>
        <translation>Iniciada %1 · grupo upstream &lt;b&gt;%2&lt;/b&gt; · %3 de entrada, %4 de salida</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Headers are kept for the newest %n request(s).</source>
        <translation>
            <numerusform>Se conservan las cabeceras de la %n petición más reciente.</numerusform>
            <numerusform>Se conservan las cabeceras de las %n peticiones más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(shown above, decoded)</source>
        <translation>(se muestra arriba, decodificada)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>As the client sent it</source>
        <translation>Tal como la envió el cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the backend received it</source>
        <translation>Tal como la recibió el backend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As %1 received it</source>
        <translation>Tal como la recibió %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blue: set or changed by the proxy (Host, X-Real-IP, X-Forwarded-For, the URI after proxy_pass); grey: what it changed; struck out: not passed on (hop-by-hop fields such as Connection).</source>
        <translation>Azul: puesto o cambiado por el proxy (Host, X-Real-IP, X-Forwarded-For, la URI tras proxy_pass); gris: lo que cambió; tachado: no se reenvía (campos hop-by-hop como Connection).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>next_upstream %1: %2</source>
        <translation>next_upstream %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Decisions are kept for the newest %n request(s).</source>
        <translation>
            <numerusform>Se conservan las decisiones de la %n petición más reciente.</numerusform>
            <numerusform>Se conservan las decisiones de las %n peticiones más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request headers</source>
        <translation>Cabeceras de la petición</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Response headers (to the client)</source>
        <translation>Cabeceras de la respuesta (al cliente)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Why this server</source>
        <translation>Por qué este servidor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pick %1</source>
        <translation>Elección %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick %1: %2</source>
        <translation>Elección %1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+5"/>
        <source>Export Request Log</source>
        <translation>Exportar el registro de peticiones</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/windows/mainwindow.cpp" line="+108"/>
        <location line="+285"/>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Build a lab&lt;/h3&gt;&lt;p&gt;Select a listener or an upstream group on the left to edit it. Every change applies to the running lab at once (requests in flight finish on the old configuration) and can be undone with Ctrl+Z.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Backends&lt;/b&gt; panel starts, stops, pauses, slows and breaks the mock servers; the &lt;b&gt;nginx.conf&lt;/b&gt; panel shows the lab as a config that runs on real nginx.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Construya un laboratorio&lt;/h3&gt;&lt;p&gt;Seleccione a la izquierda un punto de escucha o un grupo upstream para editarlo. Cada cambio se aplica al instante al laboratorio en ejecución (las peticiones en curso terminan con la configuración anterior) y se puede deshacer con Ctrl+Z.&lt;/p&gt;&lt;p&gt;El panel &lt;b&gt;Backends&lt;/b&gt; inicia, detiene, pausa, ralentiza y avería los servidores simulados; el panel &lt;b&gt;nginx.conf&lt;/b&gt; muestra el laboratorio como una configuración que funciona en nginx real.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Topology</source>
        <translation>&amp;Topología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Distribution</source>
        <translation>&amp;Distribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pare</source>
        <translation>Com&amp;parar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to copy the URL</source>
        <translation>Haga clic para copiar la URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+322"/>
        <source>Cannot start the lab: %1</source>
        <translation>No se puede iniciar el laboratorio: %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Cannot apply the change: %1</source>
        <translation>No se puede aplicar el cambio: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Request Log</source>
        <translation>Registro de peticiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nginx.conf</source>
        <translation>nginx.conf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Warnings</source>
        <translation>Advertencias de importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx Replay</source>
        <translation>Reproducción en nginx</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Lab</source>
        <translation>&amp;Nuevo laboratorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Lab…</source>
        <translation>&amp;Abrir laboratorio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import nginx.conf…</source>
        <translation>&amp;Importar nginx.conf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export nginx.conf…</source>
        <translation>&amp;Exportar nginx.conf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;Backends…</source>
        <translation>Añadir &amp;backends…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Backends</source>
        <translation>Añadir backends</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many mock backends (each also a server of the first group)?</source>
        <translation>¿Cuántos backends simulados (cada uno también como servidor del primer grupo)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy nginx.conf</source>
        <translation>Copiar nginx.conf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message numerus="yes">
        <location line="+391"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n petición</numerusform>
            <numerusform>%n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active connection(s)</source>
        <translation>
            <numerusform>%n conexión activa</numerusform>
            <numerusform>%n conexiones activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The process may hold %n descriptor(s) (sockets and files) at once; past it the proxy pauses accepting for 500 ms, as nginx does.</source>
        <translation>
            <numerusform>El proceso puede tener abierto %n descriptor (sockets y archivos) a la vez; por encima, el proxy deja de aceptar conexiones durante 500 ms, como hace nginx.</numerusform>
            <numerusform>El proceso puede tener abiertos %n descriptores (sockets y archivos) a la vez; por encima, el proxy deja de aceptar conexiones durante 500 ms, como hace nginx.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream Lab will be in %1 from its next start.</source>
        <translation>Upstream Lab estará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Start/Stop &amp;Traffic</source>
        <translation>Iniciar/detener &amp;tráfico</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo lab (no guide)</source>
        <translation>Laboratorio de demostración (sin guía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted round robin (no guide)</source>
        <translation>Round robin ponderado (sin guía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive failover (no guide)</source>
        <translation>Failover pasivo (sin guía)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual hosts (no guide)</source>
        <translation>Hosts virtuales (sin guía)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Send One &amp;Request</source>
        <translation>Enviar una &amp;petición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Log</source>
        <translation>&amp;Limpiar el registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare &amp;Methods</source>
        <translation>Comparar &amp;métodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay through n&amp;ginx…</source>
        <translation>Reproducir en n&amp;ginx…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with &amp;nginx -t</source>
        <translation>Comprobar con &amp;nginx -t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in &amp;Log</source>
        <translation>&amp;Buscar en el registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx &amp;Binary…</source>
        <translation>&amp;Binario de nginx…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System (%1)</source>
        <translation>&amp;Sistema (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Upstream Lab</source>
        <translation>&amp;Acerca de Upstream Lab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This Lab Reaches Outside</source>
        <translation>Este laboratorio sale al exterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks for more than a lab on this machine needs:

%2</source>
        <translation>%1 pide más de lo que necesita un laboratorio en esta máquina:

%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow it only if you trust where this file came from. &quot;Keep it local&quot; runs the lab with those servers on loopback (same ports) and without those files.</source>
        <translation>Permítalo solo si confía en el origen de este archivo. &quot;Mantener en local&quot; ejecuta el laboratorio con esos servidores en loopback (mismos puertos) y sin esos archivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it local</source>
        <translation>Mantener en local</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the lab has problems: %1</source>
        <translation>el laboratorio tiene problemas: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Upstream Lab — %1</source>
        <translation>Upstream Lab — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Listeners</source>
        <translation>Puntos de escucha</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upstreams</source>
        <translation>Upstreams</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mock backends</source>
        <translation>Backends simulados</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n backend(s)</source>
        <translation>
            <numerusform>%n backend</numerusform>
            <numerusform>%n backends</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>◌ Starting…</source>
        <translation>◌ Iniciando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ Stopped</source>
        <translation>○ Detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Running (applying the edit…)</source>
        <translation>● En ejecución (aplicando el cambio…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Running</source>
        <translation>● En ejecución</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>⚠ Reaches outside: %1</source>
        <translation>⚠ Sale al exterior: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Kept local: %n item(s)</source>
        <translation>
            <numerusform>Mantenido en local: %n elemento</numerusform>
            <numerusform>Mantenido en local: %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose to keep this lab local; not bound or served as the file asks:
%1</source>
        <translation>Eligió mantener este laboratorio en local; no se escucha ni se sirve lo que pide el archivo:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>⚠ %n problem(s) — the running lab keeps its last valid configuration</source>
        <translation>
            <numerusform>⚠ %n problema — el laboratorio en ejecución mantiene su última configuración válida</numerusform>
            <numerusform>⚠ %n problemas — el laboratorio en ejecución mantiene su última configuración válida</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source> · open files limit %1</source>
        <translation> · límite de archivos abiertos %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lab &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>El laboratorio &quot;%1&quot; tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New lab</source>
        <translation>Nuevo laboratorio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Lab</source>
        <translation>Abrir laboratorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Labs (*.json)</source>
        <translation>Laboratorios (*.json)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot open lab</source>
        <translation>No se puede abrir el laboratorio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save Lab</source>
        <translation>Guardar laboratorio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save lab</source>
        <translation>No se puede guardar el laboratorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import nginx.conf</source>
        <translation>Importar nginx.conf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nginx configs (*.conf);;All files (*)</source>
        <translation>Configuraciones de nginx (*.conf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import nginx.conf</source>
        <translation>No se puede importar nginx.conf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export nginx.conf</source>
        <translation>Exportar nginx.conf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nginx configs (*.conf)</source>
        <translation>Configuraciones de nginx (*.conf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nginx Binary</source>
        <translation>Binario de nginx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path of nginx for &quot;Check with nginx -t&quot; (empty: find it):</source>
        <translation>Ruta de nginx para &quot;Comprobar con nginx -t&quot; (vacío: buscarlo):</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no example named %1</source>
        <translation>no hay ningún ejemplo llamado %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ports in use elsewhere, so the example uses others: %1</source>
        <translation>Hay puertos en uso en otro sitio, así que el ejemplo usa otros: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The traffic starts once the lab runs.</source>
        <translation>El tráfico empieza cuando el laboratorio esté en marcha.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Guide: %1</source>
        <translation>Guía: %1</translation>
    </message>
</context>
<context>
    <name>MethodComparison</name>
    <message>
        <location filename="../backends/methodcomparison.cpp" line="+64"/>
        <source>&quot;%1&quot;: hash needs a key, e.g. hash:$request_uri</source>
        <translation>&quot;%1&quot;: hash necesita una clave, p. ej. hash:$request_uri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>&quot;%1&quot;: expected random, random:two or random:two:least_conn</source>
        <translation>&quot;%1&quot;: se esperaba random, random:two o random:two:least_conn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: expected least_time:header or least_time:last_byte</source>
        <translation>&quot;%1&quot;: se esperaba least_time:header o least_time:last_byte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown method &quot;%1&quot; (expected round_robin, least_conn, ip_hash, hash:KEY[:consistent], random[:two[:least_conn]], least_time[:header|:last_byte])</source>
        <translation>método desconocido &quot;%1&quot; (se esperaba round_robin, least_conn, ip_hash, hash:CLAVE[:consistent], random[:two[:least_conn]], least_time[:header|:last_byte])</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the lab has no upstream group</source>
        <translation>el laboratorio no tiene ningún grupo upstream</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the lab has no upstream group &quot;%1&quot;</source>
        <translation>el laboratorio no tiene ningún grupo upstream &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no methods to compare</source>
        <translation>no hay métodos que comparar</translation>
    </message>
</context>
<context>
    <name>MockBackend</name>
    <message>
        <location filename="../backends/mockbackend.cpp" line="+104"/>
        <source>%1: body file %2 is larger than 64 MiB (use body_size for bandwidth tests)</source>
        <translation>%1: el archivo del cuerpo %2 supera los 64 MiB (use body_size para pruebas de ancho de banda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot read body file %2: %3</source>
        <translation>%1: no se puede leer el archivo del cuerpo %2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: invalid listen address &quot;%2&quot;</source>
        <translation>%1: dirección de escucha no válida &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot listen on %2: %3</source>
        <translation>%1: no se puede escuchar en %2: %3</translation>
    </message>
</context>
<context>
    <name>MockSyntax</name>
    <message>
        <location filename="../proxycore/config/mockbehaviour.cpp" line="+61"/>
        <source>expected a latency such as &quot;20ms&quot;, &quot;10..50ms&quot;, &quot;normal:40ms,10ms&quot;, &quot;40ms±10ms&quot;, &quot;lognormal:40ms,10ms&quot; or &quot;none&quot;, optionally followed by &quot;on 30%&quot;</source>
        <translation>se esperaba una latencia como &quot;20ms&quot;, &quot;10..50ms&quot;, &quot;normal:40ms,10ms&quot;, &quot;40ms±10ms&quot;, &quot;lognormal:40ms,10ms&quot; o &quot;none&quot;, seguida opcionalmente de &quot;on 30%&quot;</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>expected a fault KIND:PROBABILITY such as &quot;reset:0.1&quot; (kinds: %1; drip takes a rate too: &quot;drip:0.1:2k&quot; = 2 KiB/s)</source>
        <translation>se esperaba un fallo TIPO:PROBABILIDAD como &quot;reset:0.1&quot; (tipos: %1; drip también lleva una tasa: &quot;drip:0.1:2k&quot; = 2 KiB/s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the probability must be 0..1 or a percentage, e.g. 0.1 or 10%</source>
        <translation>la probabilidad debe estar entre 0 y 1 o ser un porcentaje, p. ej. 0.1 o 10%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only drip takes a rate (bytes per second, e.g. &quot;drip:0.1:2k&quot;)</source>
        <translation>solo drip lleva una tasa (bytes por segundo, p. ej. &quot;drip:0.1:2k&quot;)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>expected a step such as &quot;10s stop&quot; or &quot;at 20s: latency 800ms±200 on 30%&quot; (actions: start, stop, pause, resume, status N, latency SPEC, errors RATE [STATUS] | errors off, fault KIND:P, faults off, reset, repeat)</source>
        <translation>se esperaba un paso como &quot;10s stop&quot; o &quot;at 20s: latency 800ms±200 on 30%&quot; (acciones: start, stop, pause, resume, status N, latency ESPEC, errors TASA [ESTADO] | errors off, fault TIPO:P, faults off, reset, repeat)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>status takes an HTTP status %1..%2</source>
        <translation>status lleva un código de estado HTTP entre %1 y %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>errors takes a rate and an optional status, e.g. &quot;errors 0.3 503&quot;, or &quot;errors off&quot;</source>
        <translation>errors lleva una tasa y un código de estado opcional, p. ej. &quot;errors 0.3 503&quot;, o &quot;errors off&quot;</translation>
    </message>
</context>
<context>
    <name>NextUpstreamConditions</name>
    <message>
        <location filename="../proxycore/config/nextupstreamconditions.cpp" line="+12"/>
        <source>connecting, sending the request or reading the response head failed</source>
        <translation>falló la conexión, el envío de la petición o la lectura de la cabecera de la respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting, sending the request or reading the response head timed out</source>
        <translation>se agotó el tiempo de espera al conectar, enviar la petición o leer la cabecera de la respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s response head was empty or invalid</source>
        <translation>la cabecera de la respuesta del servidor estaba vacía o no era válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 500</source>
        <translation>el servidor respondió 500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 502</source>
        <translation>el servidor respondió 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 503</source>
        <translation>el servidor respondió 503</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 504</source>
        <translation>el servidor respondió 504</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered 403 (not counted as a failure)</source>
        <translation>el servidor respondió 403 (no cuenta como fallo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered 404 (not counted as a failure)</source>
        <translation>el servidor respondió 404 (no cuenta como fallo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server answered 429</source>
        <translation>el servidor respondió 429</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POST, LOCK and PATCH are retried too, even after the request reached a server</source>
        <translation>también se reintentan POST, LOCK y PATCH, incluso si la petición ya llegó a un servidor</translation>
    </message>
</context>
<context>
    <name>NginxCompatibility</name>
    <message>
        <location filename="../ui/nginxtools/nginxcompatibility.cpp" line="+35"/>
        <source>nginx 1.14 (Ubuntu 18.04)</source>
        <translation>nginx 1.14 (Ubuntu 18.04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx 1.18 (Debian 11, Ubuntu 22.04)</source>
        <translation>nginx 1.18 (Debian 11, Ubuntu 22.04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx 1.22 (Debian 12)</source>
        <translation>nginx 1.22 (Debian 12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx 1.26 and newer</source>
        <translation>nginx 1.26 y posteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus</source>
        <translation>NGINX Plus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>NGINX Plus: add %1 to this server line (the export writes it as a comment for open source)</source>
        <translation>NGINX Plus: añada %1 a esta línea server (la exportación lo escribe como comentario para la versión open source)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs NGINX Plus: %1. Open source has no weight ramp: bring the server back with a low weight and raise it by hand.</source>
        <translation>Requiere NGINX Plus: %1. La versión open source no tiene rampa de peso: reincorpore el servidor con un peso bajo y súbalo a mano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs NGINX Plus: drain. Open source: mark the server down (requests in flight still finish).</source>
        <translation>Requiere NGINX Plus: drain. En open source: marque el servidor como down (las peticiones en curso terminan igualmente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs NGINX Plus: %1.</source>
        <translation>Requiere NGINX Plus: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NGINX Plus: write health_check in the location and a match block (see the comment above)</source>
        <translation>NGINX Plus: escriba health_check en la location y un bloque match (véase el comentario de arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs NGINX Plus: active health checks. Open source has passive checks only: max_fails and fail_timeout.</source>
        <translation>Requiere NGINX Plus: comprobaciones de estado activas. La versión open source solo tiene comprobaciones pasivas: max_fails y fail_timeout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NGINX Plus: replace least_conn with the least_time line in this comment</source>
        <translation>NGINX Plus: sustituya least_conn por la línea least_time de este comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs NGINX Plus: least_time. The export uses least_conn, the nearest open-source method.</source>
        <translation>Requiere NGINX Plus: least_time. La exportación usa least_conn, el método open source más parecido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs a newer nginx than %1: %2</source>
        <translation>Requiere un nginx más reciente que %1: %2</translation>
    </message>
</context>
<context>
    <name>NginxConfParser</name>
    <message>
        <location filename="../proxycore/nginx/nginxconfparser.cpp" line="+125"/>
        <source>unexpected end of file inside a quoted string</source>
        <translation>fin de archivo inesperado dentro de una cadena entre comillas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected &quot;%1&quot; after a quoted string</source>
        <translation>&quot;%1&quot; inesperado después de una cadena entre comillas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>includes nested too deeply (a loop?)</source>
        <translation>include anidados a demasiada profundidad (¿un bucle?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+198"/>
        <source>file is too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>unexpected end of file, expecting &quot;}&quot;</source>
        <translation>fin de archivo inesperado, se esperaba &quot;}&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+34"/>
        <source>unexpected &quot;}&quot;</source>
        <translation>&quot;}&quot; inesperado</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inesperado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected end of file, expecting &quot;;&quot; or &quot;}&quot;</source>
        <translation>fin de archivo inesperado, se esperaba &quot;;&quot; o &quot;}&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid number of arguments in &quot;include&quot; directive</source>
        <translation>número de argumentos no válido en la directiva &quot;include&quot;</translation>
    </message>
</context>
<context>
    <name>NginxExporter</name>
    <message>
        <location filename="../proxycore/nginx/nginxexporter.cpp" line="+69"/>
        <source>smooth weighted round robin (nginx&apos;s default: no directive)</source>
        <translation>round robin ponderado suave (el predeterminado de nginx: sin directiva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewest requests in flight per weight; ties by round robin</source>
        <translation>menos peticiones en curso por peso; los empates, por round robin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client address (first three octets of IPv4) picks the server</source>
        <translation>la dirección del cliente (tres primeros octetos de IPv4) elige el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ketama consistent hashing: few keys move when servers change</source>
        <translation>hash consistente ketama: pocas claves cambian de servidor cuando cambian los servidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key&apos;s CRC-32 picks a weight slot</source>
        <translation>el CRC-32 de la clave elige una ranura de peso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two random servers, the less loaded wins</source>
        <translation>dos servidores al azar; gana el menos cargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weighted random</source>
        <translation>aleatorio ponderado</translation>
    </message>
    <message>
        <location line="+97"/>
        <source># NGINX Plus: slow_start ramps this server&apos;s weight up after it recovers; open
</source>
        <translation># NGINX Plus: slow_start sube gradualmente el peso de este servidor cuando se recupera; open
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># source has no ramp (bring it back with a low weight and raise it by hand).
</source>
        <translation># source no tiene rampa (reincorpórelo con un peso bajo y súbalo a mano).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># NGINX Plus: drain sends no new requests to this server; in open source, mark it down.
</source>
        <translation># NGINX Plus: drain no envía peticiones nuevas a este servidor; en open source, márquelo como down.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source># NGINX Plus active health check (open source has passive checks only:
</source>
        <translation># Comprobación de estado activa de NGINX Plus (open source solo tiene comprobaciones pasivas:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># max_fails and fail_timeout). In Plus, in the location: health_check
</source>
        <translation># max_fails y fail_timeout). En Plus, en la location: health_check
</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>NGINX Plus: least_time %1; (lowest average response time and fewest active
connections). Open source has no timing-based method: least_conn is the nearest.</source>
        <translation>NGINX Plus: least_time %1; (menor tiempo medio de respuesta y menos conexiones
activas). Open source no tiene ningún método basado en tiempos: least_conn es el más cercano.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source># Upstream blocks only: paste them into the http { } block of your nginx.conf.
</source>
        <translation># Solo los bloques upstream: péguelos en el bloque http { } de su nginx.conf.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source># Target: nginx 1.22 open source. Check it with: nginx -t -c FILE
</source>
        <translation># Destino: nginx 1.22 open source. Compruébelo con: nginx -t -c ARCHIVO
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># The lab&apos;s mock backends (Upstream Lab starts them; nginx ignores these lines):
</source>
        <translation># Los backends simulados del laboratorio (los inicia Upstream Lab; nginx ignora estas líneas):
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Client side: limits and timeouts (nginx&apos;s names and defaults).
</source>
        <translation># Lado del cliente: límites y timeouts (nombres y valores predeterminados de nginx).
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source># The client address comes from a header sent by these trusted addresses (realip).
</source>
        <translation># La dirección del cliente viene de una cabecera enviada por estas direcciones de confianza (realip).
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source># Upgrades (WebSocket...) pass through; without one, Connection stays empty for keepalive.
</source>
        <translation># Los Upgrade (WebSocket...) pasan; sin Upgrade, Connection queda vacía para el keepalive.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># $upstream_addr lists every server tried, $upstream_status each answer;
</source>
        <translation># $upstream_addr lista cada servidor intentado y $upstream_status cada respuesta;
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># use it with: access_log /var/log/nginx/upstream.log upstreamlab;
</source>
        <translation># úselo con: access_log /var/log/nginx/upstream.log upstreamlab;
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source># The lab speaks HTTP/1.1 to upstreams; the Connection line decides keep-alive.
</source>
        <translation># El laboratorio habla HTTP/1.1 con los upstreams; la línea Connection decide el keep-alive.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source># The lab refuses connections past max_connections with a 503; nginx has no
</source>
        <translation># El laboratorio rechaza con un 503 las conexiones que superan max_connections; nginx no
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># per-listener equivalent (worker_connections limits each worker in total).
</source>
        <translation># tiene equivalente por listen (worker_connections limita el total de cada worker).
</translation>
    </message>
    <message>
        <location line="-119"/>
        <source># The lab&apos;s X-Upstream-Name names the server; nginx knows only its address:
</source>
        <translation># El X-Upstream-Name del laboratorio nombra el servidor; nginx solo conoce su dirección:
</translation>
    </message>
</context>
<context>
    <name>NginxImporter</name>
    <message>
        <location filename="../proxycore/nginx/nginximporter.cpp" line="+90"/>
        <source>invalid number of arguments in &quot;%1&quot; directive</source>
        <translation>número de argumentos no válido en la directiva &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;events&quot; is accepted and ignored (the lab has its own event loop)</source>
        <translation>&quot;events&quot; se acepta y se ignora (el laboratorio tiene su propio bucle de eventos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid value &quot;%1&quot; in &quot;worker_processes&quot;</source>
        <translation>valor no válido &quot;%1&quot; en &quot;worker_processes&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker_processes becomes the lab&apos;s worker threads; balancing state is shared by all of them, as with an upstream zone</source>
        <translation>worker_processes pasa a ser el número de hilos de trabajo del laboratorio; todos comparten el estado del balanceo, como con una zone de upstream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is process-level and ignored</source>
        <translation>&quot;%1&quot; es de nivel de proceso y se ignora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; (TCP/mail proxying) is not modelled; skipped</source>
        <translation>&quot;%1&quot; (proxy TCP/correo) no se modela; se omite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+127"/>
        <location line="+118"/>
        <location line="+115"/>
        <source>&quot;%1&quot; is not modelled; ignored</source>
        <translation>&quot;%1&quot; no se modela; se ignora</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>mock backend comment: %1</source>
        <translation>comentario de backend simulado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+526"/>
        <source>host not found in upstream &quot;%1&quot;</source>
        <translation>host no encontrado en el upstream &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-508"/>
        <location line="+253"/>
        <location line="+115"/>
        <source>&quot;%1&quot; is accepted and ignored</source>
        <translation>&quot;%1&quot; se acepta y se ignora</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>the upgrade map is built in: the lab passes Upgrade requests through</source>
        <translation>el map de upgrade está integrado: el laboratorio deja pasar las peticiones con Upgrade</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>load balancing method redefined</source>
        <translation>método de balanceo de carga redefinido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load balancing method redefined: in nginx 1.22 a method after &quot;keepalive&quot; turns keepalive off (put the method first)</source>
        <translation>método de balanceo de carga redefinido: en nginx 1.22 un método después de &quot;keepalive&quot; desactiva keepalive (ponga el método primero)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid number of arguments in &quot;server&quot; directive</source>
        <translation>número de argumentos no válido en la directiva &quot;server&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unix sockets are not supported by the lab: &quot;%1&quot;</source>
        <translation>el laboratorio no admite sockets unix: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the lab needs an IP address (or localhost) with a port, not &quot;%1&quot;</source>
        <translation>el laboratorio necesita una dirección IP (o localhost) con puerto, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>balancing method does not support parameter &quot;backup&quot;</source>
        <translation>el método de balanceo no admite el parámetro &quot;backup&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;slow_start&quot; is NGINX Plus only (open source rejects it); the lab simulates it</source>
        <translation>&quot;slow_start&quot; es solo de NGINX Plus (open source lo rechaza); el laboratorio lo simula</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;drain&quot; is NGINX Plus only (open source rejects it); the lab simulates it</source>
        <translation>&quot;drain&quot; es solo de NGINX Plus (open source lo rechaza); el laboratorio lo simula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is NGINX Plus only (nginx 1.22 open source rejects it); ignored</source>
        <translation>&quot;%1&quot; es solo de NGINX Plus (nginx 1.22 open source lo rechaza); se ignora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+5"/>
        <location line="+323"/>
        <location line="+20"/>
        <location line="+17"/>
        <source>invalid parameter &quot;%1&quot;</source>
        <translation>parámetro no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-381"/>
        <source> (the lab takes weights %1)</source>
        <translation> (el laboratorio admite pesos %1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>invalid parameter &quot;%1&quot; (nginx 1.22 open source knows least_conn)</source>
        <translation>parámetro no válido &quot;%1&quot; (nginx 1.22 open source conoce least_conn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid value &quot;%1&quot; in &quot;keepalive&quot;</source>
        <translation>valor no válido &quot;%1&quot; en &quot;keepalive&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;zone&quot; is implied: the lab always shares balancing state between workers</source>
        <translation>&quot;zone&quot; está implícito: el laboratorio siempre comparte el estado del balanceo entre workers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; in an upstream is not modelled; the lab keeps idle upstream connections 60s and for up to keepalive_requests requests</source>
        <translation>&quot;%1&quot; en un upstream no se modela; el laboratorio mantiene las conexiones inactivas con el upstream 60s y hasta keepalive_requests peticiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;least_time&quot; is NGINX Plus only in 1.22; the lab simulates it</source>
        <translation>&quot;least_time&quot; es solo de NGINX Plus en 1.22; el laboratorio lo simula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is NGINX Plus only in 1.22; ignored</source>
        <translation>&quot;%1&quot; es solo de NGINX Plus en 1.22; se ignora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate upstream &quot;%1&quot;</source>
        <translation>upstream duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>duplicate listen %1:%2</source>
        <translation>listen duplicado %1:%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the server&apos;s return (line %1) answers first; this rewrite is never used</source>
        <translation>el return del server (línea %1) responde antes; esta regla rewrite nunca se usa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;$hostname&quot; (this machine&apos;s name) is not modelled; ignored</source>
        <translation>&quot;$hostname&quot; (el nombre de esta máquina) no se modela; se ignora</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a server-level rewrite with a flag stops before the server&apos;s return in nginx; the lab&apos;s server answers with the return for every URI</source>
        <translation>en nginx, una regla rewrite con flag en el nivel server se detiene antes del return del server; el server del laboratorio responde con el return a cualquier URI</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>invalid location modifier &quot;%1&quot;</source>
        <translation>modificador de location no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>invalid number of arguments in &quot;location&quot; directive</source>
        <translation>número de argumentos no válido en la directiva &quot;location&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>named locations (&quot;%1&quot;) are only reached by try_files and error_page, which the lab does not model; skipped</source>
        <translation>las location con nombre (&quot;%1&quot;) solo se alcanzan con try_files y error_page, que el laboratorio no modela; se omite</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the return on line %1 answers first; this rewrite is never used</source>
        <translation>el return de la línea %1 responde antes; esta regla rewrite nunca se usa</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>proxy_pass with variables in the host is not supported (the URI part may use them)</source>
        <translation>no se admite proxy_pass con variables en el host (la parte URI sí puede usarlas)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the lab always speaks HTTP/1.1 to upstreams; the Connection line decides whether a connection is kept</source>
        <translation>el laboratorio siempre habla HTTP/1.1 con los upstreams; la línea Connection decide si se mantiene una conexión</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>unix sockets are not supported by the lab</source>
        <translation>el laboratorio no admite sockets unix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nginx listens on all addresses here; the lab binds 127.0.0.1 (loopback) — change the listener to expose it</source>
        <translation>aquí nginx escucha en todas las direcciones; el laboratorio usa 127.0.0.1 (loopback) — cambie el punto de escucha para exponerlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid listen address &quot;%1&quot;</source>
        <translation>dirección de listen no válida &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nginx listens on all IPv6 addresses here; the lab binds ::1 (loopback) — change the listener to expose it</source>
        <translation>aquí nginx escucha en todas las direcciones IPv6; el laboratorio usa ::1 (loopback) — cambie el punto de escucha para exponerlo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>listen parameter &quot;%1&quot; is accepted and ignored</source>
        <translation>el parámetro de listen &quot;%1&quot; se acepta y se ignora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listen parameter &quot;%1&quot; is not supported (plain HTTP/1.1 only)</source>
        <translation>el parámetro de listen &quot;%1&quot; no se admite (solo HTTP/1.1 sin cifrar)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the server&apos;s return (line %1) answers first; this location is never used</source>
        <translation>el return del server (línea %1) responde antes; esta location nunca se usa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>invalid return code &quot;%1&quot;</source>
        <translation>código de return no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>nested locations are not modelled; skipped</source>
        <translation>las location anidadas no se modelan; se omite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>return answers before proxy_pass is reached; the location returns</source>
        <translation>return responde antes de llegar a proxy_pass; la location responde con return</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location &quot;%1&quot; does not proxy_pass to an upstream; skipped</source>
        <translation>la location &quot;%1&quot; no hace proxy_pass a un upstream; se omite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;proxy_pass&quot; cannot have URI part in location given by regular expression</source>
        <translation>&quot;proxy_pass&quot; no puede tener parte URI en una location dada por una expresión regular</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>health_check match blocks are not read; the lab expects a 2xx or 3xx status</source>
        <translation>los bloques match de health_check no se leen; el laboratorio espera un estado 2xx o 3xx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;health_check&quot; is NGINX Plus only; the lab simulates it for &quot;%1&quot;</source>
        <translation>&quot;health_check&quot; es solo de NGINX Plus; el laboratorio lo simula para &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>proxy_redirect with spaces is not modelled; ignored</source>
        <translation>proxy_redirect con espacios no se modela; se ignora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only http:// upstreams are supported, not &quot;%1&quot;</source>
        <translation>solo se admiten upstreams http://, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>proxy_pass to an address becomes the one-server upstream &quot;%1&quot;</source>
        <translation>proxy_pass a una dirección se convierte en el upstream de un solo servidor &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this location&apos;s proxy settings differ from an earlier one&apos;s; the lab uses one set for all locations (the first)</source>
        <translation>los ajustes de proxy de esta location difieren de los de una anterior; el laboratorio usa un único conjunto para todas las location (el primero)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid value &quot;%1&quot; in &quot;%2&quot;</source>
        <translation>valor no válido &quot;%1&quot; en &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>invalid value in &quot;%1&quot;</source>
        <translation>valor no válido en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;updating&quot; only matters with a cache; ignored</source>
        <translation>&quot;updating&quot; solo importa con una caché; se ignora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid value &quot;%1&quot; in &quot;proxy_next_upstream&quot;</source>
        <translation>valor no válido &quot;%1&quot; en &quot;proxy_next_upstream&quot;</translation>
    </message>
</context>
<context>
    <name>NginxPreview</name>
    <message>
        <location filename="../ui/widgets/nginxpreview.cpp" line="+54"/>
        <source>Full nginx.conf</source>
        <translation>nginx.conf completo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upstream blocks only</source>
        <translation>solo los bloques upstream</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lines this target cannot run as written are marked</source>
        <translation>Se marcan las líneas que este destino no puede ejecutar tal como están escritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check with nginx -t</source>
        <translation>Comprobar con nginx -t</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>%n line(s) with NGINX Plus settings written as comments</source>
        <translation>
            <numerusform>%n línea con ajustes de NGINX Plus escritos como comentarios</numerusform>
            <numerusform>%n líneas con ajustes de NGINX Plus escritos como comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>⚠ %n line(s) need NGINX Plus</source>
        <translation>
            <numerusform>⚠ %n línea requiere NGINX Plus</numerusform>
            <numerusform>⚠ %n líneas requieren NGINX Plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n line(s) need a newer nginx</source>
        <translation>
            <numerusform>⚠ %n línea requiere un nginx más reciente</numerusform>
            <numerusform>⚠ %n líneas requieren un nginx más reciente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Runs as is on %1</source>
        <translation>✔ Funciona tal cual en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — hover a marked line for the alternative</source>
        <translation> — pase el puntero sobre una línea marcada para ver la alternativa</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No nginx binary found. Install nginx, or set its path in Settings.</source>
        <translation>No se encontró ningún binario de nginx. Instale nginx o indique su ruta en Configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running %1 -t …</source>
        <translation>Ejecutando %1 -t …</translation>
    </message>
</context>
<context>
    <name>NginxReplay</name>
    <message>
        <location filename="../backends/nginxreplay.cpp" line="+40"/>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>upstream %1 uses least_time (NGINX Plus); nginx runs it as least_conn</source>
        <translation>el upstream %1 usa least_time (NGINX Plus); nginx lo ejecuta como least_conn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upstream %1 has an active health check (NGINX Plus); nginx has passive checks only</source>
        <translation>el upstream %1 tiene una comprobación de estado activa (NGINX Plus); nginx solo tiene comprobaciones pasivas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>server %1 in %2 has slow_start (NGINX Plus); nginx gives it its full weight at once</source>
        <translation>el servidor %1 de %2 tiene slow_start (NGINX Plus); nginx le da todo su peso de inmediato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server %1 in %2 drains (NGINX Plus); nginx keeps sending it requests</source>
        <translation>el servidor %1 de %2 tiene drain (NGINX Plus); nginx le sigue enviando peticiones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nginx is not installed (looked for /usr/sbin/nginx and nginx on the PATH; --nginx PATH names one)</source>
        <translation>nginx no está instalado (se buscó /usr/sbin/nginx y nginx en el PATH; --nginx RUTA indica uno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no nginx at %1</source>
        <translation>no hay nginx en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the lab has no listener to send requests to</source>
        <translation>el laboratorio no tiene ningún punto de escucha al que enviar peticiones</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <location line="+51"/>
        <location line="+50"/>
        <location line="+26"/>
        <source>stopped</source>
        <translation>se detuvo</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nginx did not start: %1</source>
        <translation>nginx no se inició: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>upstreamlab</source>
        <translation>upstreamlab</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+1"/>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2 %3 %4 from %5: nginx %6 · upstreamlab %7</source>
        <translation>%1 #%2 %3 %4 desde %5: nginx %6 · upstreamlab %7</translation>
    </message>
</context>
<context>
    <name>PortFinder</name>
    <message>
        <location filename="../backends/portfinder.cpp" line="+62"/>
        <source>%1 → a free port</source>
        <translation>%1 → un puerto libre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>ProxyEngine</name>
    <message>
        <location filename="../proxycore/engine/proxyengine.cpp" line="+126"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>and the old listeners could not listen again: %1</source>
        <translation>y los listeners anteriores no pudieron volver a escuchar: %1</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../ui/widgets/replaypanel.cpp" line="+21"/>
        <location line="+71"/>
        <source>&amp;Replay</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Client addresses the requests come from (ip_hash sees them)</source>
        <translation>Direcciones de cliente de las que vienen las peticiones (ip_hash las ve)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runs the lab in real nginx and in Upstream Lab, each before copies of its mocks on other ports, sends both the same requests one at a time, and compares which backend answered each.</source>
        <translation>Ejecuta el laboratorio en nginx real y en Upstream Lab, cada uno delante de copias de sus backends simulados en otros puertos, envía a ambos las mismas peticiones una a una y compara qué backend respondió a cada una.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests:</source>
        <translation>Peticiones:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients:</source>
        <translation>Clientes:</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sending %n request(s) through %1…</source>
        <translation>
            <numerusform>Enviando %n petición a través de %1…</numerusform>
            <numerusform>Enviando %n peticiones a través de %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>✔ Identical for %n/%n request(s): real nginx picks the same backends with the same statuses.</source>
        <translation>
            <numerusform>✔ Idéntico en %n/%n petición: nginx real elige los mismos backends con los mismos códigos de estado.</numerusform>
            <numerusform>✔ Idéntico en %n/%n peticiones: nginx real elige los mismos backends con los mismos códigos de estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✘ Different for %1 of %n request(s); the first at request %2.</source>
        <translation>
            <numerusform>✘ Diferente en %1 de %n petición; la primera, en la petición %2.</numerusform>
            <numerusform>✘ Diferente en %1 de %n peticiones; la primera, en la petición %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot replay: %1</source>
        <translation>No se puede reproducir: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nginx open source cannot run this lab as the lab does:</source>
        <translation>nginx open source no puede ejecutar este laboratorio igual que Upstream Lab:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not replay: %1</source>
        <translation>No se pudo reproducir: %1</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <location filename="../ui/models/requestlogmodel.cpp" line="+83"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>ResponseRules</name>
    <message>
        <location filename="../proxycore/routing/responserules.cpp" line="+40"/>
        <location line="+81"/>
        <source>must be &quot;default&quot;, &quot;off&quot; or &quot;FROM TO&quot;</source>
        <translation>debe ser &quot;default&quot;, &quot;off&quot; o &quot;DESDE HASTA&quot;</translation>
    </message>
</context>
<context>
    <name>RewriteRules</name>
    <message>
        <location filename="../proxycore/routing/rewriterules.cpp" line="+76"/>
        <source>empty replacement</source>
        <translation>reemplazo vacío</translation>
    </message>
</context>
<context>
    <name>RouteRegex</name>
    <message>
        <location filename="../proxycore/routing/routeregex.cpp" line="+30"/>
        <source>empty regular expression</source>
        <translation>expresión regular vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>expresión regular no válida &quot;%1&quot;: %2 en la posición %3</translation>
    </message>
</context>
<context>
    <name>ScriptValue</name>
    <message>
        <location filename="../proxycore/routing/scriptvalue.cpp" line="+72"/>
        <location line="+25"/>
        <source>invalid variable name in &quot;%1&quot;</source>
        <translation>nombre de variable no válido en &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the closing bracket in &quot;%1&quot; variable is missing</source>
        <translation>falta la llave de cierre en la variable &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid variable name &quot;%1&quot;</source>
        <translation>nombre de variable no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unsupported variable &quot;$%1&quot; (supported: %2)</source>
        <translation>variable no admitida &quot;$%1&quot; (admitidas: %2)</translation>
    </message>
</context>
<context>
    <name>ServerName</name>
    <message>
        <location filename="../proxycore/routing/servername.cpp" line="+26"/>
        <source>empty regex in server name &quot;%1&quot;</source>
        <translation>expresión regular vacía en el nombre de servidor &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>server name &quot;%1&quot; is invalid</source>
        <translation>el nombre de servidor &quot;%1&quot; no es válido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid server name or wildcard &quot;%1&quot;</source>
        <translation>nombre de servidor o comodín no válido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <location filename="../ui/models/servertablemodel.cpp" line="+89"/>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>NGINX Plus only (simulated here). The export writes it as a comment with the open-source alternative.</source>
        <translation>Solo en NGINX Plus (aquí se simula). La exportación lo escribe como comentario con la alternativa open source.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>weight=N: share of requests (%1)</source>
        <translation>weight=N: proporción de peticiones (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_fails=N: failed attempts within fail_timeout that mark the server failed (0 = never)</source>
        <translation>max_fails=N: intentos fallidos dentro de fail_timeout que marcan el servidor como fallido (0 = nunca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail_timeout=Ns: the window for max_fails, and how long a failed server rests</source>
        <translation>fail_timeout=Ns: la ventana de max_fails y el tiempo que descansa un servidor fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_conns=N: at most N connections at once (0 = unlimited)</source>
        <translation>max_conns=N: como máximo N conexiones a la vez (0 = sin límite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup: used only when every primary server is unavailable</source>
        <translation>backup: solo se usa cuando ningún servidor primario está disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down: never used</source>
        <translation>down: nunca se usa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slow_start=Ns (NGINX Plus): ramp the weight up after recovery</source>
        <translation>slow_start=Ns (NGINX Plus): sube el peso gradualmente tras recuperarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drain (NGINX Plus): no new requests</source>
        <translation>drain (NGINX Plus): sin peticiones nuevas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max fails</source>
        <translation>Máx. fallos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail timeout</source>
        <translation>Timeout de fallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max conns</source>
        <translation>Máx. conex.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow start (Plus)</source>
        <translation>Slow start (Plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain (Plus)</source>
        <translation>Drain (Plus)</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../ui/widgets/topologyview.cpp" line="+158"/>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location line="+490"/>
        <source>UP</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DRAINING</source>
        <translation>DRENANDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNHEALTHY</source>
        <translation>EN MAL ESTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKUP waiting</source>
        <translation>BACKUP en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BACKUP in use</source>
        <translation>BACKUP en uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAILED until %1 (%2 s)</source>
        <translation>FALLIDO hasta %1 (%2 s)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>mock stopped</source>
        <translation>backend detenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock paused</source>
        <translation>backend en pausa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mock broken</source>
        <translation>backend averiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock slowed</source>
        <translation>backend ralentizado</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+20"/>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 requests per second</source>
        <translation>%1 peticiones por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % errors</source>
        <translation>%1 % de errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 in flight</source>
        <translation>aprox. %1 en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mock latency %1</source>
        <translation>latencia simulada %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mark %1 down</source>
        <translation>Marcar %1 como down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 up</source>
        <translation>Marcar %1 como activo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make %1 a backup</source>
        <translation>Convertir %1 en backup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make %1 a primary server</source>
        <translation>Convertir %1 en servidor primario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weight of %1: %2</source>
        <translation>Peso de %1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Slow %1 by %2 ms</source>
        <translation>Ralentizar %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Break %1: %2 errors</source>
        <translation>Averiar %1: errores %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break %1: reset connections</source>
        <translation>Averiar %1: cortar conexiones (reset)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break %1: never answer</source>
        <translation>Averiar %1: no responder nunca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Mark &amp;Up</source>
        <translation>Marcar como acti&amp;vo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark &amp;Down</source>
        <translation>Marcar como &amp;down</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make &amp;Primary</source>
        <translation>Convertir en &amp;primario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make &amp;Backup</source>
        <translation>Convertir en &amp;backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop D&amp;raining</source>
        <translation>Dejar de dre&amp;nar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;rain (NGINX Plus)</source>
        <translation>Dre&amp;nar (NGINX Plus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drain %1</source>
        <translation>Drenar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop draining %1</source>
        <translation>Dejar de drenar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weight +1</source>
        <translation>Pes&amp;o +1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight −&amp;1</source>
        <translation>Peso −&amp;1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mock %1</source>
        <translation>Backend simulado %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;esume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ause</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rest&amp;ore</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Break: 500 errors</source>
        <translation>Averiar: errores 500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break: 502 errors</source>
        <translation>Averiar: errores 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break: reset connections</source>
        <translation>Averiar: cortar conexiones (reset)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break: never answer (timeout)</source>
        <translation>Averiar: no responder nunca (timeout)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow: +100 ms</source>
        <translation>Ralentizar: +100 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow: +500 ms</source>
        <translation>Ralentizar: +500 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow: +2 s</source>
        <translation>Ralentizar: +2 s</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Mark up (D)</source>
        <translation>Marcar como activo (D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark down (D)</source>
        <translation>Marcar como down (D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make primary (B)</source>
        <translation>Convertir en primario (B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make backup (B)</source>
        <translation>Convertir en backup (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight −1 (−)</source>
        <translation>Peso −1 (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight +1 (+)</source>
        <translation>Peso +1 (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server and mock actions (M)</source>
        <translation>Acciones del servidor y del backend simulado (M)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The lab has no listeners or upstream groups yet</source>
        <translation>El laboratorio aún no tiene puntos de escucha ni grupos upstream</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1/%2 up</source>
        <translation>%1/%2 activos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>backup in use</source>
        <translation>backup en uso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backups: used only when all primaries are down</source>
        <translation>backups: solo se usan cuando ningún primario está disponible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>▼ more (scroll)</source>
        <translation>▼ más (desplazar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▲ scroll up</source>
        <translation>▲ desplazar hacia arriba</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>w%1</source>
        <translation>w%1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1/s (%2 %) · %3 % err</source>
        <translation>%1/s (%2 %) · %3 % err</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>≈%1 in flight</source>
        <translation>≈%1 en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · mock %1</source>
        <translation> · latencia %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1/s · %2 % err · %3</source>
        <translation>%1/s · %2 % err · %3</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx / failed</source>
        <translation>5xx / fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retry</source>
        <translation>reintento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dots: ● 1 in %1 · ✕ %2</source>
        <translation>puntos: ● 1 de cada %1 · ✕ %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sampled</source>
        <translation>muestreados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
</context>
<context>
    <name>TrafficBar</name>
    <message>
        <location filename="../ui/widgets/trafficbar.cpp" line="+36"/>
        <source>Steady 20/s</source>
        <translation>Constante 20/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>20 requests per second over 4 connections</source>
        <translation>20 peticiones por segundo sobre 4 conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy 200/s</source>
        <translation>Intenso 200/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>200 requests per second over 20 connections</source>
        <translation>200 peticiones por segundo sobre 20 conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst</source>
        <translation>Ráfaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>300 requests per second for 2 s every 10 s, 1 per second between</source>
        <translation>300 peticiones por segundo durante 2 s cada 10 s, y 1 por segundo entre medias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp up</source>
        <translation>Rampa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From 10 to 300 requests per second over 60 s, then steady</source>
        <translation>De 10 a 300 peticiones por segundo en 60 s, luego constante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 000 clients</source>
        <translation>1000 clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>100 requests per second from 1 000 client addresses (for ip_hash)</source>
        <translation>100 peticiones por segundo desde 1000 direcciones de cliente (para ip_hash)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 keys</source>
        <translation>100 claves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>100 requests per second over 100 paths /item/key-N (for hash $request_uri)</source>
        <translation>100 peticiones por segundo sobre 100 rutas /item/key-N (para hash $request_uri)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send &amp;One</source>
        <translation>Enviar u&amp;na</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A traffic preset; rate and connections can be changed while it runs</source>
        <translation>Un perfil de tráfico; la tasa y las conexiones se pueden cambiar mientras se ejecuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target rate (open loop: requests are due at this rate whatever the answers do)</source>
        <translation>Tasa objetivo (bucle abierto: las peticiones se envían a esta tasa, respondan como respondan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> conn</source>
        <translation> conex.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections carrying the traffic</source>
        <translation>Conexiones que transportan el tráfico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send one request and select it in the log (Ctrl+R)</source>
        <translation>Enviar una petición y seleccionarla en el registro (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Traffic did not start: %1</source>
        <translation>El tráfico no se inició: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Start the lab to send traffic</source>
        <translation>Inicie el laboratorio para enviar tráfico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>last run: %n request(s)</source>
        <translation>
            <numerusform>última ejecución: %n petición</numerusform>
            <numerusform>última ejecución: %n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>● RUNNING %1:%2</source>
        <translation>● EN EJECUCIÓN %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 req/s · %3 in flight</source>
        <translation>%1/%2 req/s · %3 en curso</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · %n client address(es)</source>
        <translation>
            <numerusform> · %n dirección de cliente</numerusform>
            <numerusform> · %n direcciones de cliente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n client(s) in X-Forwarded-For</source>
        <translation>
            <numerusform> · %n cliente en X-Forwarded-For</numerusform>
            <numerusform> · %n clientes en X-Forwarded-For</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p50 %1 ms · p99 %2 ms (5 s)</source>
        <translation>p50 %1 ms · p99 %2 ms (5 s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>errors %1 %</source>
        <translation>errores %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>limited by %n connection(s)</source>
        <translation>
            <numerusform>limitado por %n conexión</numerusform>
            <numerusform>limitado por %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below target</source>
        <translation>por debajo del objetivo</translation>
    </message>
</context>
<context>
    <name>TrafficGenerator</name>
    <message>
        <location filename="../proxycore/traffic/trafficgenerator.cpp" line="+42"/>
        <source>the target %1 is not on this machine: the generator sends only to loopback addresses (127.0.0.0/8, ::1)</source>
        <translation>el destino %1 no está en esta máquina: el generador solo envía a direcciones loopback (127.0.0.0/8, ::1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the target has no port</source>
        <translation>el destino no tiene puerto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>concurrency must be 1–100000</source>
        <translation>la concurrencia debe estar entre 1 y 100000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate must be 0 (closed loop) to 10000000 requests per second</source>
        <translation>la tasa debe estar entre 0 (bucle cerrado) y 10000000 peticiones por segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requests and duration must not be negative</source>
        <translation>las peticiones y la duración no deben ser negativas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request body must be 0–64 MiB</source>
        <translation>el cuerpo de la petición debe estar entre 0 y 64 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keys must be 0–10000000</source>
        <translation>las claves deben estar entre 0 y 10000000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Zipf exponent must be above 0 and at most 10</source>
        <translation>el exponente de Zipf debe ser mayor que 0 y como mucho 10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clients must be 0–64516 (one /24 network each)</source>
        <translation>los clientes deben estar entre 0 y 64516 (una red /24 cada uno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the timeout must be at least 1 ms</source>
        <translation>el tiempo de espera debe ser de al menos 1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threads must be 1–64</source>
        <translation>los hilos deben estar entre 1 y 64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the method &quot;%1&quot; is not an HTTP token</source>
        <translation>el método &quot;%1&quot; no es un token HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path must start with / and contain no spaces or line breaks</source>
        <translation>la ruta debe empezar por / y no contener espacios ni saltos de línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each path (alternatives are separated by |) must start with /</source>
        <translation>cada ruta (las alternativas se separan con |) debe empezar por /</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header &quot;%1&quot; is not &quot;Name: value&quot;</source>
        <translation>la cabecera &quot;%1&quot; no tiene la forma &quot;Nombre: valor&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>traffic is already running</source>
        <translation>el tráfico ya está en marcha</translation>
    </message>
</context>
<context>
    <name>UpstreamEditor</name>
    <message>
        <location filename="../ui/widgets/upstreameditor.cpp" line="+69"/>
        <source>Active health check (NGINX Plus, simulated)</source>
        <translation>Comprobación de estado activa (NGINX Plus, simulada)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Round robin (weighted)</source>
        <translation>Round robin (ponderado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>least_time header (NGINX Plus)</source>
        <translation>least_time header (NGINX Plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>least_time last_byte (NGINX Plus)</source>
        <translation>least_time last_byte (NGINX Plus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nginx variables and text: $request_uri, $uri, $args, $arg_NAME, $http_NAME, $cookie_NAME, $remote_addr, $host</source>
        <translation>variables de nginx y texto: $request_uri, $uri, $args, $arg_NOMBRE, $http_NOMBRE, $cookie_NOMBRE, $remote_addr, $host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keepalive N: idle connections to the servers kept per worker (0 = none)</source>
        <translation>keepalive N: conexiones inactivas con los servidores que se mantienen por worker (0 = ninguna)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every interval each server gets GET uri; &apos;fails&apos; failures in a row take it out, &apos;passes&apos; passes bring it back. Open source nginx has passive checks only (max_fails, fail_timeout); the export writes this as a comment.</source>
        <translation>En cada intervalo, cada servidor recibe GET uri; &apos;fails&apos; fallos seguidos lo retiran y &apos;passes&apos; éxitos seguidos lo reincorporan. nginx open source solo tiene comprobaciones pasivas (max_fails, fail_timeout); la exportación lo escribe como comentario.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fails</source>
        <translation>fails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keepalive:</source>
        <translation>&amp;Keepalive:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash ke&amp;y:</source>
        <translation>&amp;Clave de hash:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Server</source>
        <translation>Añad&amp;ir servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Server</source>
        <translation>&amp;Quitar servidor</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename group</source>
        <translation>Renombrar el grupo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change hash key</source>
        <translation>Cambiar la clave de hash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change keepalive</source>
        <translation>Cambiar keepalive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change balancing method</source>
        <translation>Cambiar el método de balanceo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Toggle health check</source>
        <translation>Activar/desactivar la comprobación de estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Change health check</source>
        <translation>Cambiar la comprobación de estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change health check URI</source>
        <translation>Cambiar la URI de la comprobación de estado</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Each server in turn, in proportion to its weight (nginx&apos;s smooth weighted round robin).</source>
        <translation>Cada servidor por turnos, en proporción a su peso (el round robin ponderado suave de nginx).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server with the fewest active connections relative to its weight; ties go round robin.</source>
        <translation>El servidor con menos conexiones activas en relación con su peso; los empates se resuelven por round robin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s address (IPv4: first three octets) always picks the same server.</source>
        <translation>La dirección del cliente (IPv4: tres primeros octetos) elige siempre el mismo servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key (e.g. $request_uri) always picks the same server; adding a server remaps most keys.</source>
        <translation>Una clave (p. ej. $request_uri) elige siempre el mismo servidor; añadir un servidor reasigna la mayoría de las claves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketama consistent hashing: adding or removing a server remaps only its share of keys.</source>
        <translation>Hash consistente ketama: añadir o quitar un servidor solo reasigna su parte de las claves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A random server, in proportion to weight.</source>
        <translation>Un servidor al azar, en proporción a su peso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two random servers; the one with fewer connections wins.</source>
        <translation>Dos servidores al azar; gana el que tiene menos conexiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two random servers; the one with fewer connections wins (explicit least_conn).</source>
        <translation>Dos servidores al azar; gana el que tiene menos conexiones (least_conn explícito).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus, simulated: the lowest average time to the response head × connections. Exported as least_conn.</source>
        <translation>NGINX Plus, simulado: el menor tiempo medio hasta la cabecera de la respuesta × conexiones. Se exporta como least_conn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGINX Plus, simulated: the lowest average time to the last byte × connections. Exported as least_conn.</source>
        <translation>NGINX Plus, simulado: el menor tiempo medio hasta el último byte × conexiones. Se exporta como least_conn.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add server %1</source>
        <translation>Añadir el servidor %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove server %1</source>
        <translation>Quitar el servidor %1</translation>
    </message>
</context>
</TS>
