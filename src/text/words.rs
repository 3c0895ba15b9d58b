//! Every fixed word cxmap says, in one table: the interface's labels,
//! titles, hints and choices, and the words of the reports and exports.
//! A word is in here once (a header and the same word inside a sentence are
//! two words when they are written differently: `PhaseHeading`, `Phase`).

word_table! {
    /// A fixed word or label of the interface.
    pub enum W {
        // Header, start screen, general
        CustomerJourneyMapsCxWorkshops => "customer journey maps for CX workshops", "mapas del recorrido del cliente para talleres de CX";
        CxNotScored => "CX not scored", "CX sin puntuar";
        Unsaved => "● unsaved", "● sin guardar";
        NotSavedYet => "(not saved yet)", "(aún sin guardar)";
        ExampleMineRon => "e.g. store-mine.ron", "p. ej. tienda-mio.ron";
        ExampleJourneyRon => "e.g. journey.ron or ~/maps/store.ron", "p. ej. recorrido.ron o ~/mapas/tienda.ron";
        OpenAnotherMap => "open another map", "abrir otro mapa";
        BuildJourneyMapLivePhases => "Build a journey map live: phases, touchpoints, pain points — then score it.", "Construya el mapa en vivo (fases, contactos, dolores) y después puntúelo.";
        Start => "Start", "Inicio";
        RecentMaps => "Recent maps", "Mapas recientes";
        UnsavedUntitledMaps => "Unsaved maps from a run that ended", "Mapas sin guardar de una sesión que terminó";
        NewMapFromTemplate => "New map from a template", "Nuevo mapa desde una plantilla";
        Open => "Open", "Abierto";
        OpenPath => "Open by path", "Abrir por ruta";
        OpenFilePath => "Open a file by path…", "Abrir un archivo por su ruta…";
        BuyingLaptopStreetStoreSpanish => "Buying a laptop in a street store (Spanish): research, visit, purchase, home use, support", "Comprar un portátil en una tienda de barrio (en español): investigación, visita, compra, uso en casa, soporte";
        ElloSaasJourneyEnglishAwareness => "The \"Ello\" SaaS journey (English): awareness, trial, purchase, onboarding, support, renewal", "El recorrido SaaS de «Ello» (en inglés): descubrimiento, prueba, compra, incorporación, soporte, renovación";
        ThreeEmptyPhasesOnePer => "Three empty phases, one per stage: before, during and after the purchase", "Tres fases vacías, una por etapa: antes, durante y después de la compra";
        // Stages, owners, statuses
        PrePurchase => "pre-purchase", "precompra";
        Purchase => "purchase", "compra";
        PostPurchase => "post-purchase", "poscompra";
        NoStage => "no stage", "sin etapa";
        Brand => "brand", "marca";
        Partner => "partner", "socio";
        Customer => "customer", "cliente";
        Social => "social", "social";
        Resolved => "resolved", "resuelto";
        // Map view
        ThisMapHasNoPhases => "This map has no phases yet.", "Este mapa aún no tiene fases.";
        Action => "action ✓", "acción ✓";
        NoAction => "no action", "sin acción";
        EmotionCurve202 => "Emotion curve  ▲▲ +2 · ● 0 · ▼▼ -2", "Curva emocional  ▲▲ +2 · ● 0 · ▼▼ -2";
        FileDiskInvalidMapShown => "The file on disk is invalid — the map shown is the last good one; fix the file and it reloads", "El archivo en disco no es válido — se muestra la última versión buena; corríjalo y se recargará";
        // Hints
        Help => "help", "ayuda";
        Choose => "choose", "elegir";
        OpenText => "open", "abrir";
        Quit => "quit", "salir";
        Reload => "reload", "recargar";
        OpenOther => "open other", "abrir otro";
        Go => "go to", "ir a";
        Map => "map", "mapa";
        Save => "save", "guardar";
        AddPhase => "add phase", "+fase";
        AddTouchpoint => "add touchpoint", "+contacto";
        AddPain => "add pain", "+dolor";
        Edit => "edit", "editar";
        Move => "move", "mover";
        Add => "add", "añadir";
        AddAnother => "add", "nuevo";
        Emotion => "emotion", "emoción";
        KeyPt => "key pt", "clave";
        Vote => "vote", "voto";
        Resolve => "resolve", "resolver";
        Link => "link", "vincular";
        Delete => "delete", "borrar";
        Undo => "undo", "deshacer";
        Score => "score", "puntuación";
        NextPrevField => "next/prev field", "campo sig./ant.";
        Confirm => "confirm", "confirmar";
        Cancel => "cancel", "cancelar";
        AnyKey => "any key", "cualquier tecla";
        Close => "close", "cerrar";
        Restore => "restore", "restaurar";
        Discard => "discard", "descartar";
        Later => "later", "más tarde";
        KeepMine => "keep mine", "mantener el mío";
        TakeFileS => "take the file's", "tomar el del archivo";
        SaveMine => "save mine as", "guardar el mío como";
        Scroll => "scroll", "desplazar";
        Capture => "capture", "captura";
        Present => "present", "presentar";
        Phase => "phase", "fase";
        Timer => "timer", "temporizador";
        Back => "back", "volver";
        Dot => "dot", "punto";
        EndVote => "end vote", "cerrar votación";
        // Merging
        File => "the file", "el archivo";
        PhaseWasDeletedDiskMeanwhile => "the phase was deleted on disk meanwhile · nothing changed", "la fase se borró en disco mientras tanto · no cambió nada";
        RecoveryCopyCouldNotSet => "the recovery copy could not be set aside; it stays where it is", "no se pudo apartar la copia de recuperación; sigue donde estaba";
        Copy => "the copy", "la copia";
        MapS => "the map's", "del mapa:";
        Touchpoint => "touchpoint", "contacto";
        PainPoint => "pain point", "punto de dolor";
        Deleted => "deleted", "borrado";
        Theirs => "theirs", "el suyo";
        Mine => "mine", "el mío";
        Apply => "apply", "aplicar";
        DecideLaterYourChangesStay => "decide later: your changes stay open; saving will offer the merge again", "decidir después: sus cambios siguen abiertos; al guardar se ofrecerá de nuevo la fusión";
        ConflictsStayOurSideShown => "the conflicts stay: our side is shown; saving writes it without the markers", "los conflictos siguen: se muestra nuestro lado; al guardar se escribe sin las marcas";
        // In the room
        Room => "In the room", "En la sala";
        Selected => "Selected", "Selección";
        QuickCapture => "Quick capture", "Captura rápida";
        NameChannelTwoWords2 => "Name @Channel @\"two words\" +2…-2 * (key point) #brand/#partner/#customer/#social *1…*5 (importance)  ·  ! pain text s1…s5 (linked to the selected touchpoint)", "Nombre @Canal @\"dos palabras\" +2…-2 * (punto clave) #marca/#socio/#cliente/#social *1…*5 (importancia)  ·  ! texto del dolor s1…s5 (vinculado al contacto seleccionado)";
        NoTouchpointsYet => "no touchpoints yet", "aún no hay puntos de contacto";
        PainPoints => "Pain points", "Puntos de dolor";
        NotMeasured => "not measured", "sin medir";
        Stage => "stage", "etapa";
        Ratings => "Ratings", "Valoraciones";
        KeyPoint => "key point", "punto clave";
        NoCorrectiveActionYet => "no corrective action yet", "aún sin acción correctiva";
        NoEmotionYet => "no emotion yet", "aún sin emoción";
        Delighted => "delighted", "encantado";
        Pleased => "pleased", "contento";
        Neutral => "neutral", "neutral";
        Annoyed => "annoyed", "molesto";
        Frustrated => "frustrated", "frustrado";
        DotsPerPerson => "Dots per person", "Puntos por persona";
        Participants => "Participants", "Participantes";
        DotVotingNewRound => "Dot voting: a new round", "Votación por puntos: nueva ronda";
        CountdownHowManyMinutes => "Countdown: how many minutes?", "Cuenta atrás: ¿cuántos minutos?";
        PresentingModeOnePhaseFull => "presenting mode: one phase full screen for the room", "modo presentación: una fase a pantalla completa para la sala";
        QuickCaptureTypeNameChannel => "quick capture: type `Name @Channel +1 *` or `! pain s4`, line after line", "captura rápida: escriba `Nombre @Canal +1 *` o `! dolor s4`, línea tras línea";
        SelectedCardFullWindow => "the selected card in full, in a window", "la tarjeta seleccionada completa, en una ventana";
        CountdownTimerStartAsksMinutes => "countdown timer: start (asks for minutes) / stop", "temporizador: iniciar (pide los minutos) / parar";
        DotVotingRoundStartEnd => "dot-voting round: start / end and write the votes", "ronda de votación por puntos: iniciar / cerrar y anotar los votos";
        TimerStopped => "timer stopped", "temporizador parado";
        TouchpointNeedsNameBeforeMarkers => "a touchpoint needs a name before its markers", "un punto de contacto necesita un nombre antes de sus marcas";
        PainPointNeedsTextAfter => "a pain point needs a text after !", "un punto de dolor necesita un texto después de !";
        ChannelQuotesNeedsClosing => "a channel in quotes needs its closing \"", "un canal entre comillas necesita sus comillas de cierre";
        NothingPresentYetAddPhase => "nothing to present yet: add a phase first", "aún no hay nada que presentar: añada primero una fase";
        VotingSelectPainPointGive => "voting: select a pain point to give it a dot", "votación: seleccione un punto de dolor para darle un punto";
        NoDotsTakeBackHere => "no dots to take back here", "aquí no hay puntos que retirar";
        VotingRoundEndedNoDots => "voting round ended: no dots were given", "ronda de votación cerrada: no se dio ningún punto";
        NothingSelected => "nothing is selected", "no hay nada seleccionado";
        // Help
        General => "General", "General";
        MovingAround => "Moving around", "Moverse";
        BuildingMap => "Building the map", "Construir el mapa";
        WorkshopQuickKeys => "Workshop quick keys", "Teclas rápidas del taller";
        FormsDialogs => "In forms", "En formularios";
        NextPreviousField => "next / previous field", "campo siguiente / anterior";
        ChooseListFieldTypeFirst => "choose in a choice field (or type its first letter); open a list field's items", "elegir en un campo de opciones (o teclear su inicial); abrir los elementos de un campo de lista";
        ConfirmRefusedMessageWhileField => "confirm (refused with a message while a field is invalid)", "confirmar (se rechaza con un mensaje si un campo no es válido)";
        CancelNothingChanges => "cancel, nothing changes", "cancelar, nada cambia";
        ClearsTheField => "empty the field", "vaciar el campo";
        MoveDeleteWordsTextField => "move and delete words in a text field; paste works", "moverse y borrar palabras en un campo de texto; pegar funciona";
        Mouse => "Mouse", "Ratón";
        Click => "click", "clic";
        Wheel => "wheel", "rueda";
        SelectCardPhase => "select a card or a phase", "seleccionar una tarjeta o una fase";
        MoveSelectionUpDown => "move the selection up and down", "mover la selección arriba y abajo";
        ReadingMap => "Reading the map", "Cómo leer el mapa";
        KeyPointMomentTruth => "key point (moment of truth)", "punto clave (momento de la verdad)";
        Emotion22 => "emotion +2 … -2", "emoción +2 … -2";
        TouchpointPhaseScore0100 => "touchpoint / phase score 0–100 after pain (– = not measured)", "puntuación 0–100 del contacto / de la fase tras el dolor (– = sin medir)";
        OpenPainPointSeverity4 => "open pain point of severity 4 (✓ = resolved)", "punto de dolor abierto de gravedad 4 (✓ = resuelto)";
        More => "↓ more", "↓ más";
        // Action descriptions
        QuitAsksFirstWhenThere => "quit (asks first when there are unsaved changes)", "salir (pregunta antes si hay cambios sin guardar)";
        ShowHideThisHelp => "show or hide this help", "mostrar u ocultar esta ayuda";
        SaveMap => "save the map", "guardar el mapa";
        SaveMapUnderAnotherName => "save the map under another name", "guardar el mapa con otro nombre";
        UndoLastChange => "undo the last change", "deshacer el último cambio";
        RedoWhatWasUndone => "redo what was undone", "rehacer lo deshecho";
        SwitchBetweenMapScoreView => "switch between the map and the score view", "alternar entre el mapa y la puntuación";
        OpenFileRecentMapTemplate => "open a file, a recent map or a template", "abrir un archivo, un mapa reciente o una plantilla";
        ExportMdCsvPainsCsv => "export: .md, .csv (-pains.csv for pain points), .html, .mmd, or a poster .svg, .pdf or .png, by extension", "exportar: .md, .csv (-pains.csv para puntos de dolor), .html, .mmd, o un póster .svg, .pdf o .png, según la extensión";
        EditFileVisualEditorSelection => "edit the file in $VISUAL / $EDITOR at the selection, then reload", "editar el archivo en $VISUAL / $EDITOR en la selección, y recargar";
        PreviousPhase => "previous phase", "fase anterior";
        NextPhase => "next phase", "fase siguiente";
        PreviousItemPhase => "previous item in the phase", "elemento anterior de la fase";
        NextItemPhase => "next item in the phase", "elemento siguiente de la fase";
        AddTouchpointSelectedPhase => "add a touchpoint to the selected phase", "añadir un punto de contacto a la fase seleccionada";
        AddPainPointSelectedPhase => "add a pain point to the selected phase", "añadir un punto de dolor a la fase seleccionada";
        AddPhaseAfterSelectedOne => "add a phase after the selected one", "añadir una fase tras la seleccionada";
        EditSelectionScoreViewGo => "edit the selection (in the score view: go to it)", "editar la selección (en la puntuación: ir a ella)";
        EditMapTitlePersonaScoring => "edit the map: title, persona, scoring weights", "editar el mapa: título, persona, pesos de la puntuación";
        DeleteSelectionUndoBringsBack => "delete the selection (undo brings it back)", "borrar la selección (deshacer la recupera)";
        DuplicateSelection => "duplicate the selection", "duplicar la selección";
        MoveSelectionUpPhaseLeft => "move the selection up (a phase: to the left)", "subir la selección (una fase: a la izquierda)";
        MoveSelectionDownPhaseRight => "move the selection down (a phase: to the right)", "bajar la selección (una fase: a la derecha)";
        MoveSelectionPreviousPhase => "move the selection to the previous phase", "mover la selección a la fase anterior";
        MoveSelectionNextPhase => "move the selection to the next phase", "mover la selección a la fase siguiente";
        TouchpointEmotionUpPainPoint => "touchpoint: emotion up · pain point: +1 vote", "contacto: subir emoción · dolor: +1 voto";
        TouchpointEmotionDownPainPoint => "touchpoint: emotion down · pain point: -1 vote", "contacto: bajar emoción · dolor: -1 voto";
        TouchpointToggleKeyPointMoment => "touchpoint: toggle key point (moment of truth)", "contacto: marcar/desmarcar punto clave";
        PainPointResolveReopen => "pain point: resolve / reopen · opportunity: next status", "dolor: resolver / reabrir · oportunidad: estado siguiente";
        PainPointLinkTouchpointPhase => "pain point: link to a touchpoint of its phase", "dolor: vincular a un contacto de su fase";
        // Forms
        Name => "Name", "Nombre";
        Id => "Id", "Id";
        Channel => "Channel", "Canal";
        Owner => "Owner", "Responsable";
        KeyPointLabel => "Key point", "Punto clave";
        EmotionLabel => "Emotion", "Emoción";
        Importance => "Importance", "Importancia";
        RatingPlace => "Rating: place", "Valoración: lugar";
        RatingPrice => "Rating: price", "Valoración: precio";
        RatingPromotion => "Rating: promotion", "Valoración: promoción";
        RatingProduct => "Rating: product", "Valoración: producto";
        RatingPeople => "Rating: people", "Valoración: personas";
        RatingProcess => "Rating: process", "Valoración: proceso";
        CsatSatisfied => "CSAT satisfied", "CSAT satisfechos";
        CsatResponses => "CSAT responses", "CSAT respuestas";
        Ces => "CES", "CES";
        Csat => "CSAT", "CSAT";
        Nps => "NPS", "NPS";
        NpsPromoters => "NPS promoters", "NPS promotores";
        NpsPassives => "NPS passives", "NPS pasivos";
        NpsDetractors => "NPS detractors", "NPS detractores";
        Notes => "Notes", "Notas";
        Text => "Text", "Texto";
        Severity => "Severity", "Gravedad";
        TouchpointLabel => "Touchpoint", "Punto de contacto";
        ActionLabel => "Action", "Acción";
        Status => "Status", "Estado";
        Votes => "Votes", "Votos";
        StageLabel => "Stage", "Etapa";
        Goal => "Goal", "Objetivo";
        Title => "Title", "Título";
        Description => "Description", "Descripción";
        Persona => "Persona", "Persona";
        PersonaLower => "persona", "persona";
        Language => "Language", "Idioma";
        MapStateLabel => "State", "Estado del mapa";
        Baseline => "Baseline", "Línea base";
        Goals => "Goals", "Objetivos";
        Needs => "Needs", "Necesidades";
        Frustrations => "Frustrations", "Frustraciones";
        Quote => "Quote", "Cita";
        Doing => "Doing", "Hace";
        Thinking => "Thinking", "Piensa";
        Quotes => "Says", "Dice";
        EvidenceLabel => "Evidence", "Evidencia";
        Frontstage => "Frontstage", "Primer plano";
        Backstage => "Backstage", "Trastienda";
        Support => "Support", "Apoyo";
        FixOwner => "Owner of the fix", "Responsable de la mejora";
        Due => "Due", "Fecha límite";
        Impact => "Impact", "Impacto";
        Effort => "Effort", "Esfuerzo";
        Addresses => "Addresses", "Aborda";
        Idea => "idea", "idea";
        CopyOf => "copy", "copia";
        Unstated => "(unstated)", "(sin indicar)";
        Planned => "planned", "planificada";
        InProgress => "in progress", "en curso";
        Done => "done", "hecha";
        Assumption => "assumption", "suposición";
        Anecdotal => "anecdotal", "anecdótica";
        Researched => "researched", "investigada";
        Opportunities => "Opportunities", "Oportunidades";
        OpportunityWord => "opportunity", "oportunidad";
        OpportunitiesLower => "opportunities", "oportunidades";
        NewOpportunity => "New opportunity", "Nueva oportunidad";
        EditOpportunity => "Edit opportunity", "Editar oportunidad";
        AddOpportunityHint => "add opportunity", "+oportunidad";
        StatusHint => "status", "estado";
        AddressesHint => "addresses", "aborda";
        LinkDescribe => "pain point: link to a touchpoint of its phase · opportunity: the pain points it addresses", "dolor: vincular a un contacto de su fase · oportunidad: los dolores que aborda";
        AddOpportunityDescribe => "add an opportunity (a fix with an owner, status and date) to the selected phase", "añadir una oportunidad (una mejora con responsable, estado y fecha) a la fase seleccionada";
        BlueprintDescribe => "service blueprint: what the customer does, then frontstage, backstage and support", "plano del servicio: lo que hace el cliente y, debajo, primer plano, trastienda y apoyo";
        FixPlanDescribe => "fix plan: every opportunity by value, by owner or by status", "plan de mejora: las oportunidades por valor, por responsable o por estado";
        DeeperSection => "Opportunities and the blueprint", "Oportunidades y plano del servicio";
        CustomerActions => "Customer actions", "Acciones del cliente";
        LineOfInteraction => "line of interaction", "línea de interacción";
        LineOfVisibility => "line of visibility", "línea de visibilidad";
        LineOfInternalInteraction => "line of internal interaction", "línea de interacción interna";
        BlueprintTitle => "Service blueprint", "Plano del servicio";
        FixPlanTitle => "Fix plan", "Plan de mejora";
        GroupHint => "group", "agrupar";
        ByValue => "by value", "por valor";
        ByOwner => "by owner", "por responsable";
        ByStatus => "by status", "por estado";
        NoOwnerYet => "(no owner yet)", "(aún sin responsable)";
        FixPlanHint => "fix plan", "plan";
        MatrixDescribe => "impact × effort matrix: the open opportunities by quadrant", "matriz impacto × esfuerzo: las oportunidades abiertas por cuadrante";
        MatrixTitle => "Impact × effort", "Impacto × esfuerzo";
        MatrixHint => "matrix", "matriz";
        QuadrantHint => "quadrant", "cuadrante";
        // The lanes view
        LanesDescribe => "lanes view: the journey map as drawn on the wall, a row per lane across the phases (again: the map)", "vista de carriles: el mapa como se dibuja en la pared, una fila por carril a lo largo de las fases (otra vez: el mapa)";
        LanesTitle => "Lanes view", "Vista de carriles";
        LanesHint => "lanes", "carriles";
        LaneHint => "lane", "carril";
        ShowHideLane => "show or hide the lane of that number (in its label); the configuration remembers it", "mostrar u ocultar el carril de ese número (en su etiqueta); la configuración lo recuerda";
        LaneStage => "Stage, goal", "Etapa, objetivo";
        LaneSteps => "Steps", "Pasos";
        LaneChannel => "Channel, owner", "Canal, responsable";
        LanesHidden => "hidden:", "ocultos:";
        MoreCount => "more", "más";
        HighImpactLowEffort => "impact 3–5 · effort 1–2", "impacto 3–5 · esfuerzo 1–2";
        HighImpactHighEffort => "impact 3–5 · effort 3–5", "impacto 3–5 · esfuerzo 3–5";
        LowImpactLowEffort => "impact 1–2 · effort 1–2", "impacto 1–2 · esfuerzo 1–2";
        LowImpactHighEffort => "impact 1–2 · effort 3–5", "impacto 1–2 · esfuerzo 3–5";
        NoneHere => "none", "ninguna";
        OverdueMark => "overdue", "vencida";
        CheckHint => "check", "marcar";
        OpportunityCardHelp => "opportunity of impact 4 and effort 2 (status · owner · due · ⚑ pain points it addresses)", "oportunidad de impacto 4 y esfuerzo 2 (estado · responsable · fecha · ⚑ dolores que aborda)";
        EvidenceHelp => "how the team knows a touchpoint: an assumption, anecdotal, researched", "cómo lo sabe el equipo: una suposición, anécdotas, investigación";
        AddressesTitle => "The pain points this opportunity addresses", "Los puntos de dolor que aborda esta oportunidad";
        PersonaDescription => "Persona description", "Descripción de la persona";
        KeyWeight20 => "Key weight (2.0)", "Peso clave (2.0)";
        KPain30 => "Points per pain severity (3.0)", "Puntos por gravedad de dolor (3.0)";
        VoteWeight10 => "Vote weight (1.0)", "Peso de los votos (1.0)";
        WeightRatings => "Weight: ratings", "Peso: valoraciones";
        WeightEmotion => "Weight: emotion", "Peso: emoción";
        WeightCsat => "Weight: CSAT", "Peso: CSAT";
        WeightCes => "Weight: CES", "Peso: CES";
        WeightNps => "Weight: NPS", "Peso: NPS";
        No => "no", "no";
        Yes => "yes", "sí";
        None => "(none)", "(ninguno)";
        ResolvedLabel => "Resolved", "Resuelto";
        Required => "required", "obligatorio";
        OptionalText => "optional text", "texto opcional";
        NotNumber => "not a number", "no es un número";
        NewPhase => "New phase", "Nueva fase";
        NewTouchpoint => "New touchpoint", "Nuevo punto de contacto";
        EditTouchpoint => "Edit touchpoint", "Editar punto de contacto";
        NewPainPoint => "New pain point", "Nuevo punto de dolor";
        EditPainPoint => "Edit pain point", "Editar punto de dolor";
        EditPhase => "Edit phase", "Editar fase";
        MapTitlePersonaScoring => "Map: title, persona, scoring", "Mapa: título, persona, puntuación";
        CsatNeedsBothSatisfiedResponses => "CSAT needs both satisfied and responses (or neither)", "CSAT necesita satisfechos y respuestas (o ninguno de los dos)";
        PersonaDescriptionNeedsPersonaName => "a persona description needs a persona name", "una descripción de persona necesita el nombre de la persona";
        // Keys named from the tables (tui/tables.rs)
        BackToTheMap => "back to the map", "volver al mapa";
        ScrollingWindows => "In the help and the selected card", "En la ayuda y la tarjeta seleccionada";
        ScrollAPage => "scroll a page", "desplazar una página";
        ListFields => "In a list field (quotes, goals…)", "En un campo de lista (citas, metas…)";
        MoveItem => "move the item", "mover el elemento";
        Remove => "remove", "quitar";
        BackToTheForm => "back to the form", "volver al formulario";
        KeepsIt => "keeps it", "lo guarda";
        DropsIt => "drops it", "lo descarta";
        MergeConflicts => "Settling a merge's conflicts", "Resolver los conflictos de una fusión";
        ConflictWord => "conflict", "conflicto";
        All => "all", "todos";
        AllMine => "every conflict: mine", "todos los conflictos: el mío";
        AllTheirs => "every conflict: theirs", "todos los conflictos: el suyo";
        Pickers => "Choosing from a list", "Elegir de una lista";
        Prompts => "One-line questions (a path, minutes)", "Preguntas de una línea (una ruta, minutos)";
        Adds => "adds", "añade";
        Closes => "closes", "cierra";
        Scrolls => "scroll", "desplaza";
        UndoesAfterwards => "undoes afterwards", "deshace después";
        UndoesIt => "undoes it", "lo deshace";
        NextWord => "next", "siguiente";
        PrevWord => "back", "anterior";
        Empty => "empty", "vacía";
        AddsAnItem => "adds an item", "añade un elemento";
        Keys => "Keys", "Teclas";
        AnyOtherKeyCloses => "any other key closes", "cualquier otra tecla cierra";
        TakeFileSVersion => "take the file's version", "tomar la versión del archivo";
        GoToItOnMap => "go to it on the map", "ir a ello en el mapa";
        // Dialogs
        UnsavedChanges => "Unsaved changes", "Cambios sin guardar";
        DiscardThem => "discard them", "descartarlos";
        GoBack => "go back", "volver";
        FileMapDisagree => "The file and the map disagree", "El archivo y el mapa no coinciden";
        FileNotValidMapNothing => "(the file is not a valid map: nothing to take)", "(el archivo no es un mapa válido: nada que tomar)";
        KeepMineSaveOverFile => "keep mine: save it over the file", "mantener el mío: guardarlo sobre el archivo";
        SaveMineNewFile => "save mine to a new file", "guardar el mío en un archivo nuevo";
        DecideLater => "decide later", "decidir más tarde";
        UnsavedWorkFound => "Unsaved work found", "Hay trabajo sin guardar";
        UnsavedWorkInCopy => "The unsaved work in the copy:", "El trabajo sin guardar de la copia:";
        ChangedInFileSince => "Changed in the file since (kept when restoring):", "Cambiado en el archivo desde entonces (se conserva al restaurar):";
        LessThanMinute => "less than a minute", "menos de un minuto";
        FileText => "the file:", "el archivo:";
        CopyText => "the copy:", "la copia:";
        RestoreText => "restore it", "restaurarla";
        DiscardText => "discard it", "descartarla";
        AnyKeyCloses => "any key closes", "cualquier tecla cierra";
        FileChangedDiskSinceWas => "The file changed on disk since it was opened or saved here.", "El archivo cambió en disco desde que se abrió o guardó aquí.";
        FileDiskHasBeenChanged => "The file on disk has been changed and is not a valid map now.", "El archivo en disco cambió y ahora no es un mapa válido.";
        FileChangedDiskWhileYou => "The file changed on disk while you have unsaved changes.", "El archivo cambió en disco mientras usted tiene cambios sin guardar.";
        SavePathRonFile => "Save as (path of a .ron file)", "Guardar como (ruta de un archivo .ron)";
        SaveYourVersionNewFile => "Save your version to a new file", "Guardar su versión en un archivo nuevo";
        OpenMapNewFileName => "Open a map (a new file name starts a new map)", "Abrir un mapa (un nombre nuevo empieza un mapa nuevo)";
        ExportMdCsvPainsCsvLabel => "Export to (.md, .csv, -pains.csv, .html, .mmd; poster: .svg, .pdf, .png)", "Exportar a (.md, .csv, -pains.csv, .html, .mmd; póster: .svg, .pdf, .png)";
        LinkPainPointTouchpointPhase => "Link the pain point to a touchpoint of its phase", "Vincular el punto de dolor a un contacto de su fase";
        NoLink => "(no link)", "(sin vínculo)";
        ThatDirectoryAddFileName => "that is a directory; add a file name", "es una carpeta; añada un nombre de archivo";
        ConfigurationHasProblemsUsingDefaults => "The configuration has problems: using the defaults for them", "La configuración tiene problemas: se usan los valores por defecto";
        // Score view
        OverallCxScore => "Overall CX score", "Puntuación CX global";
        SixDimensionsSurveys => "Six dimensions · surveys", "Seis dimensiones · encuestas";
        Dimensions => "Dimensions", "Dimensiones";
        PhasesScorePainLoad => "Phases (score · pain load)", "Fases (puntuación · dolor)";
        Phases => "Phases", "Fases";
        Explain => "Explain", "Explicación";
        N100 => "of 100", "de 100";
        NotScored => "not scored", "sin puntuar";
        NoTouchpointMeasuredYetGive => "no touchpoint is measured yet: give one an emotion (+/-), ratings or a survey", "aún no hay contactos medidos: dé a uno una emoción (+/-), valoraciones o una encuesta";
        PhasesScoreOpenPainLoad => "Phases  (score · open pain load)", "Fases  (puntuación · carga de dolor abierto)";
        SixDimensionsMeanRating1 => "Six dimensions (mean rating 1–5) · surveys", "Seis dimensiones (valoración media 1–5) · encuestas";
        NotRated => "not rated", "sin valorar";
        RatingsText => "ratings", "valoraciones";
        Weight => "weight", "peso";
        Place => "place", "lugar";
        Price => "price", "precio";
        Promotion => "promotion", "promoción";
        Product => "product", "producto";
        People => "people", "personas";
        Process => "process", "proceso";
        EmotionAcrossJourney => "Emotion across the journey", "Emoción a lo largo del recorrido";
        Warn => "warn", "aviso";
        Info => "info", "nota";
        NothingFixMeasureTouchpointsGet => "nothing to fix: measure touchpoints to get priorities", "nada que arreglar: mida contactos para obtener prioridades";
        SelectLineAboveSeeHow => "Select a line above to see how its number is made.", "Elija una línea arriba para ver cómo se calcula.";
        ExplainHowThisNumberMade => "Explain: how this number is made", "Explicación: cómo se calcula";
        NotScoredNoMeasuredTouchpoint => "not scored: no measured touchpoint", "sin puntuar: ningún contacto medido";
        NotLinkedTouchpointSoCounts => "not linked to a touchpoint, so it counts for the phase", "no vinculado a un contacto, así que cuenta para la fase";
        Weak => "WEAK", "DÉBIL";
        Fair => "FAIR", "REGULAR";
        Good => "GOOD", "BUENA";
        WeakText => "weak", "débil";
        FairText => "fair", "regular";
        GoodText => "good", "buena";
        // The reports and exports (`cxmap score`, `cxmap export`)
        MapHeading => "Map", "Mapa";
    /// The fixed words of the reports and exports.
        // The score report
        CxScore => "CX score", "puntuación CX";
        CxScoreTitle => "CX score", "Puntuación CX";
        // The poster
        FutureState => "Future state", "Estado futuro";
        MadeWithCxmap => "Made with cxmap", "Hecho con cxmap";
        NotScoredYet => "not scored (no touchpoint has a signal yet)", "sin puntuar (ningún punto de contacto tiene señales todavía)";
        NoPhasesYet => "no phases yet", "todavía no hay fases";
        NoPhasesYetTitle => "No phases yet", "Todavía no hay fases";
        FixFirst => "Fix first", "Qué arreglar primero";
        NothingMeasuredYet => "nothing measured yet", "nada medido todavía";
        NothingMeasuredHint => "Nothing measured yet: give touchpoints an emotion, ratings or survey results.", "Nada medido todavía: dé a los puntos de contacto una emoción, valoraciones o resultados de encuestas.";
        LoosePains => "Open pain points not linked to a measured touchpoint", "Puntos de dolor abiertos sin un punto de contacto medido";
        Findings => "Findings", "Hallazgos";
        Overall => "Overall", "Global";
        OverallLower => "overall", "global";
        NoneYet => "None.", "Nada.";
        Surveys => "Surveys", "Encuestas";
        Answers => "answers", "respuestas";
        // Lower-case words inside report lines
        PainLower => "pain", "dolor";
        PriorityLower => "priority", "prioridad";
        SeverityLower => "severity", "gravedad";
        VotesLower => "votes", "votos";
        TouchpointsLower => "touchpoints", "puntos de contacto";
        NoEmotion => "no emotion", "sin emoción";
        NoActionYet => "no action yet", "sin acción todavía";
        AnsweredByOpportunity => "an opportunity addresses it", "una oportunidad lo aborda";
        // Column headers and labels
        /// The column of a row's place in a ranked list.
        Number => "#", "#";
        PhaseHeading => "Phase", "Fase";
        ScoreHeading => "Score", "Puntuación";
        Band => "Band", "Franja";
        WeightHeading => "Weight", "Peso";
        PainLoad => "Pain load", "Carga de dolor";
        TouchpointHeading => "Touchpoint", "Punto de contacto";
        Touchpoints => "Touchpoints", "Puntos de contacto";
        Priority => "Priority", "Prioridad";
        PainPointHeading => "Pain point", "Punto de dolor";
        Level => "Level", "Nivel";
        Code => "Code", "Código";
        Where => "Where", "Dónde";
        Finding => "Finding", "Hallazgo";
        EmotionHeading => "Emotion", "Emoción";
        KeyPointHeading => "Key point", "Punto clave";
        ActionHeading => "Action", "Acción";
        StageHeading => "Stage", "Etapa";
        Journey => "Journey", "Recorrido";
        NoTouchpoints => "No touchpoints.", "Sin puntos de contacto.";
        NoTouchpointsYetTitle => "No touchpoints yet", "Todavía no hay puntos de contacto";
        NoPainPoints => "No pain points.", "Sin puntos de dolor.";
        /// The place of a finding about the whole map.
        // Finding levels, for people (JSON keeps "warn" and "info")
        // Pain point status
        OpenLower => "open", "abierto";
        // Score bands
        // Stages
        // Touchpoint owners
        // Owners in a sentence: "No touchpoint is owned by …"
        TheBrand => "the brand", "la marca";
        APartner => "a partner", "un socio";
        TheCustomer => "the customer", "el cliente";
        SocialLong => "social (reviews, friends, the press)", "el entorno social (reseñas, amigos, la prensa)";
        // The fix plan and the baseline
        Opportunity => "Opportunity", "Oportunidad";
        Value => "Value", "Valor";
        ValueLower => "value", "valor";
        ImpactLower => "impact", "impacto";
        EffortLower => "effort", "esfuerzo";
        Quadrant => "Quadrant", "Cuadrante";
        // The impact × effort matrix
        QuickWin => "quick win", "victoria rápida";
        BigBet => "big bet", "gran apuesta";
        FillIn => "fill-in", "tarea de relleno";
        MoneyPit => "money pit", "pozo sin fondo";
        DueLower => "due", "fecha límite";
        OwnerLower => "owner", "responsable";
        NoOwner => "no owner", "sin responsable";
        ThisMap => "This map", "Este mapa";
        Change => "Change", "Cambio";
        OnlyInBaseline => "only in the baseline", "solo en la línea base";
        NotInBaseline => "not in the baseline", "no está en la línea base";
        // The persona, the touchpoints' details and the service blueprint
        QuotesHeading => "Quotes", "Citas";
        FrontstageLong => "Frontstage (seen by the customer)", "Primer plano (lo ve el cliente)";
        BackstageLong => "Backstage (not seen)", "Trastienda (no se ve)";
        SupportLong => "Support processes", "Procesos de apoyo";
        // The HTML page
        CustomerJourneyMap => "customer journey map", "mapa de experiencia del cliente";
        EmotionCurve => "Emotion curve", "Curva de emoción";
        EmotionCurveAria => "Emotion of each touchpoint, in journey order", "Emoción de cada punto de contacto, en el orden del recorrido";
        EmotionLegend => "Gold ring and ★: a key point. Hollow dot: no emotion given.", "Anillo dorado y ★: un punto clave. Punto hueco: sin emoción.";
        PhaseScores => "Phase scores", "Puntuación de las fases";
        PhaseScoresAria => "Score of each phase, 0 to 100", "Puntuación de cada fase, de 0 a 100";
        // Template descriptions
        AboutSaasOnboarding => "The \"Ello\" SaaS journey (English): awareness, trial, purchase, onboarding, support, renewal", "El recorrido SaaS de «Ello» (en inglés): descubrimiento, prueba, compra, puesta en marcha, soporte, renovación";
        // The room's page for participants' phones (src/room/page.rs)
        PageAddNote => "Add a note", "Añadir una nota";
        PagePhase => "Phase", "Fase";
        PageKind => "Kind", "Tipo";
        PageTouchpoint => "Touchpoint", "Contacto";
        PagePain => "Pain point", "Punto de dolor";
        PageIdea => "Idea", "Idea";
        PageNote => "Note", "Nota";
        PageCharacters => "{n} of {max} characters", "{n} de {max} caracteres";
        PageName => "Your name (optional, kept on this phone)", "Su nombre (opcional, se guarda en este teléfono)";
        PageSend => "Send", "Enviar";
        PageSending => "Sending…", "Enviando…";
        PageSent => "Sent: the facilitator adds it to the map.", "Enviada: quien facilita la añade al mapa.";
        PagePhases => "Phases", "Fases";
        PageNoPhases => "The map has no phase yet: wait for the facilitator to add one.", "El mapa aún no tiene fases: espere a que quien facilita añada una.";
        PageVoting => "Dot voting", "Votación con puntos";
        PageDotsLeft => "Dots left: {n} of {max}", "Puntos que le quedan: {n} de {max}";
        PageGiveDot => "Give a dot", "Dar un punto";
        PageYourDots => "your dots: {n}", "sus puntos: {n}";
        PageVotes => "votes: {n}", "votos: {n}";
        PageNoPains => "No open pain point to vote on.", "No hay puntos de dolor abiertos que votar.";
        PageConnecting => "Connecting to the room…", "Conectando con la sala…";
        PageOffline => "Cannot reach the room: trying again…", "No se puede contactar con la sala: reintentando…";
        PageForbidden => "This link no longer opens the room: scan the code on the facilitator's screen again.", "Este enlace ya no abre la sala: escanee de nuevo el código en la pantalla de quien facilita.";
        PageMalformed => "The room did not understand that: reload the page.", "La sala no lo ha entendido: recargue la página.";
        PageEmpty => "Write something first.", "Escriba algo primero.";
        PageUnknownPhase => "That phase is no longer in the map: choose another.", "Esa fase ya no está en el mapa: elija otra.";
        PageUnknownPain => "That pain point is no longer open.", "Ese punto de dolor ya no está abierto.";
        PageNoRound => "The voting round has ended.", "La ronda de votación ha terminado.";
        PageTooLarge => "Too long: {max} characters at most.", "Demasiado largo: {max} caracteres como máximo.";
        PageSlowDown => "Too many at once: wait a moment and try again.", "Demasiados a la vez: espere un momento y vuelva a intentarlo.";
        PageNoDotsLeft => "You have no dots left.", "No le quedan puntos.";
        PageRoundFull => "All the round's dots are spent.", "Se han gastado todos los puntos de la ronda.";
        PageInboxFull => "The facilitator has many notes waiting: try again in a minute.", "Quien facilita tiene muchas notas pendientes: vuelva a intentarlo en un minuto.";
        PageFailed => "Something went wrong ({status}): try again.", "Algo ha fallado ({status}): vuelva a intentarlo.";
        // The room: participants' phones
        RoomDescribe => "the room: phones add notes and give dots (opens it, shows its code; in its window, closes it)", "la sala: los teléfonos añaden notas y dan puntos (la abre, muestra su código; en su ventana, la cierra)";
        InboxDescribe => "the notes from the room: accept, edit first or reject each", "las notas de la sala: aceptar, editar antes o rechazar cada una";
        RoomWindowTitle => "The room: phones add notes and give dots", "La sala: los teléfonos añaden notas y dan puntos";
        ScanOrOpen => "Scan the code with a phone's camera, or open:", "Escanee el código con la cámara del teléfono, o abra:";
        LargerTerminalShowsQr => "(a larger terminal shows the QR code)", "(una terminal más grande muestra el código QR)";
        RoomBadge => "room", "sala";
        InboxTitle => "Notes from the room", "Notas de la sala";
        NoNoteWaits => "No note waits. Notes that phones send arrive here.", "No hay notas pendientes. Las notas que envían los teléfonos llegan aquí.";
        CloseTheRoom => "close the room", "cerrar la sala";
        HideRoomStaysOpen => "hide (the room stays open)", "ocultar (la sala sigue abierta)";
        Hide => "hide", "ocultar";
        InboxHint => "inbox", "bandeja";
        Accept => "accept", "aceptar";
        EditFirst => "edit first", "editar antes";
        Reject => "reject", "rechazar";
        RoomWindow => "The room's window", "La ventana de la sala";
        RoomInbox => "The room's inbox", "La bandeja de la sala";
        AcceptIntoMap => "accept: into the map, one undo step", "aceptar: al mapa, un paso de deshacer";
        EditNoteFirst => "edit first: the form of what it becomes", "editar antes: el formulario de lo que será";
        RejectNote => "reject the note", "rechazar la nota";
        CloseInboxNotesWait => "close (the notes keep waiting)", "cerrar (las notas siguen pendientes)";
    }
}

use crate::model::{Dimension, Owner, Stage};
use crate::score::{Level, Quadrant};

impl W {
    /// A finding's level: "warn", "info".
    pub fn level(l: Level) -> W {
        match l {
            Level::Warn => W::Warn,
            Level::Info => W::Info,
        }
    }

    /// A quadrant of the impact × effort matrix: "quick win".
    pub fn quadrant(q: Quadrant) -> W {
        match q {
            Quadrant::QuickWin => W::QuickWin,
            Quadrant::BigBet => W::BigBet,
            Quadrant::FillIn => W::FillIn,
            Quadrant::MoneyPit => W::MoneyPit,
        }
    }

    /// An owner in a sentence: "the brand".
    pub fn owner_phrase(o: Owner) -> W {
        match o {
            Owner::Brand => W::TheBrand,
            Owner::Partner => W::APartner,
            Owner::Customer => W::TheCustomer,
            Owner::Social => W::SocialLong,
        }
    }

    /// A stage's name.
    pub fn stage(s: Stage) -> W {
        match s {
            Stage::PrePurchase => W::PrePurchase,
            Stage::Purchase => W::Purchase,
            Stage::PostPurchase => W::PostPurchase,
        }
    }

    /// An owner's name.
    pub fn owner(o: Owner) -> W {
        match o {
            Owner::Brand => W::Brand,
            Owner::Partner => W::Partner,
            Owner::Customer => W::Customer,
            Owner::Social => W::Social,
        }
    }

    /// A dimension's name ("place").
    pub fn dimension(d: Dimension) -> W {
        match d {
            Dimension::Place => W::Place,
            Dimension::Price => W::Price,
            Dimension::Promotion => W::Promotion,
            Dimension::Product => W::Product,
            Dimension::People => W::People,
            Dimension::Process => W::Process,
        }
    }

    /// The form label of a dimension's rating ("Rating: place").
    pub fn rating(d: Dimension) -> W {
        match d {
            Dimension::Place => W::RatingPlace,
            Dimension::Price => W::RatingPrice,
            Dimension::Promotion => W::RatingPromotion,
            Dimension::Product => W::RatingProduct,
            Dimension::People => W::RatingPeople,
            Dimension::Process => W::RatingProcess,
        }
    }

    /// An emotion in words ("annoyed" for -1).
    pub fn emotion(e: i64) -> W {
        match e {
            i64::MIN..=-2 => W::Frustrated,
            -1 => W::Annoyed,
            0 => W::Neutral,
            1 => W::Pleased,
            _ => W::Delighted,
        }
    }

    /// An opportunity's status ("in progress").
    pub fn opportunity_status(s: crate::model::OpportunityStatus) -> W {
        use crate::model::OpportunityStatus as S;
        match s {
            S::Idea => W::Idea,
            S::Planned => W::Planned,
            S::InProgress => W::InProgress,
            S::Done => W::Done,
        }
    }

    /// How a card is known ("assumption").
    pub fn evidence(e: crate::model::Evidence) -> W {
        use crate::model::Evidence as E;
        match e {
            E::Assumption => W::Assumption,
            E::Anecdotal => W::Anecdotal,
            E::Researched => W::Researched,
        }
    }

    /// A score band ("weak").
    pub fn band(b: crate::score::Band) -> W {
        match b {
            crate::score::Band::Weak => W::WeakText,
            crate::score::Band::Fair => W::FairText,
            crate::score::Band::Good => W::GoodText,
        }
    }

    /// A score band in capitals ("WEAK").
    pub fn band_upper(b: crate::score::Band) -> W {
        match b {
            crate::score::Band::Weak => W::Weak,
            crate::score::Band::Fair => W::Fair,
            crate::score::Band::Good => W::Good,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    /// Words written the same in both languages.
    const SAME_IN_BOTH: &[W] = &[
        W::Id,
        W::Ces,
        W::Csat,
        W::Nps,
        W::Social,
        W::Neutral,
        W::No,
        W::General,
        W::Persona,
        W::PersonaLower,
        W::Idea,
        W::PageIdea,
        W::Number,
    ];

    #[test]
    fn every_word_has_its_own_spanish_text() {
        let mut same = Vec::new();
        for w in W::ALL {
            assert!(!w.es().trim().is_empty(), "{w:?} has no Spanish text");
            assert_eq!(w.text(Lang::Es), w.es());
            if w.en() == w.es() && !SAME_IN_BOTH.contains(w) {
                same.push(format!("{w:?}: {}", w.en()));
            }
        }
        assert!(
            same.is_empty(),
            "Spanish identical to English:\n{}",
            same.join("\n")
        );
        for w in SAME_IN_BOTH {
            assert_eq!(w.en(), w.es(), "{w:?} is not the same in both any more");
        }
    }
}
