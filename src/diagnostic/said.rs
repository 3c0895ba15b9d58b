//! What a diagnostic says, as data: each sentence a value with the names,
//! numbers and texts it needs, worded in each language in one place
//! (`crate::text::diagnostic`). The file's own text in it is never
//! translated.

use crate::model::{Problem, fields::Field};

/// A sentence (a headline, a label, an expected value, a help) of a
/// diagnostic.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Said {
    /// No words (a label left empty).
    #[default]
    Nothing,
    /// "here"
    Here,
    // Reading the text
    NotUtf8,
    NotUtf8Byte,
    SaveAsUtf8,
    Empty,
    MapExpectedHere,
    /// "a journey map, at least `JourneyMap(title: "My journey")`"
    AMapAtLeast,
    RunNew,
    MergeConflict,
    ConflictSides,
    ConflictHelp,
    NewerVersion {
        version: u64,
    },
    WrittenByNewer,
    /// The versions this build reads.
    Versions,
    UpdateCxmap,
    // The model's rules
    /// The problem's headline.
    Problem(Box<Problem>),
    /// What the problem's value should be (nothing when the rule says none).
    ProblemExpected(Box<Problem>),
    /// How to fix the problem (nothing when the rule has no advice).
    ProblemHelp(Box<Problem>),
    /// "this `importance`"
    ThisField(String),
    /// "`id` is not written here: it was derived"
    Derived(String),
    /// The place another value explains this one, and its line.
    RelatedAt {
        problem: Box<Problem>,
        line: usize,
    },
    /// A headline and the line where the value was first used.
    FirstUsed {
        said: Box<Said>,
        line: usize,
    },
    // RON's errors
    UnknownField {
        found: String,
        within: Option<String>,
    },
    NotAFieldHere,
    /// Past the cap: how many more problems (or only warnings) there are.
    MoreNotShown {
        more: usize,
        warnings: bool,
    },
    /// Where the first of those not shown is.
    TheNextOne,
    /// Past the cap in the configuration's keys.
    MoreUnknownActions(usize),
    /// "one of `a`, `b`"
    OneOf(Vec<String>),
    DidYouMean(String),
    UnknownChoice {
        what: Option<String>,
        found: String,
    },
    NotAValidChoice,
    MissingField {
        field: String,
        within: Option<String>,
    },
    HasNo {
        outer: Outer,
        field: String,
    },
    InsideParens {
        field: String,
    },
    FieldTwice {
        field: String,
    },
    SecondTimeHere,
    KeepOne,
    ExpectedStructFound {
        expected: String,
        found: String,
        call: bool,
    },
    ExpectedStructLabel(String),
    WrongName,
    NameOptional(String),
    ExpectedStructName(String),
    NameOrParens(String),
    /// "`importance` must be a whole number, found the text "high""
    MustBe {
        who: Who,
        what: What,
        found: Found,
    },
    WrongKindOfValue,
    /// "not a whole number"
    Not(What),
    /// What a value must be, as the expected note says it.
    Kind(What),
    /// What a field of the format takes.
    Takes(&'static Field),
    InDoubleQuotes(String),
    NumbersWithoutQuotes(String),
    WithoutQuotes(String),
    TooSmall,
    TooSmallLabel,
    TooLarge,
    TooLargeLabel,
    SmallWholeNumber,
    ListOfItems,
    NotAList,
    ExpectedFieldName,
    FieldNameExpectedHere,
    NameValueTitle,
    FieldNamesUnquoted,
    EndsTooEarly,
    EndsTooEarlyOpen(Opener),
    FileEndsHere,
    NeverClosedAt {
        bracket: String,
        line: usize,
    },
    AddMissingCut(String),
    NeverClosedOnLine {
        opener: Opener,
        line: usize,
    },
    ExpectedBefore {
        want: char,
        found: char,
    },
    NeverClosed(String),
    AddOrRemove {
        want: char,
        found: char,
    },
    TrailingText,
    MapEndedBefore,
    OneMapPerFile,
    ExpectedCloseOrComma(String),
    UnexpectedHere,
    CommaOrBracket,
    ExpectedColon,
    ColonHere,
    NameValueEmotion,
    UnexpectedChar(char),
    NotValidRon,
    StringsInQuotes,
    TextNeverClosed,
    TextStartsHere,
    AddClosingQuote,
    UnknownEscape,
    NotAValidEscape,
    Escapes,
    DoubleBackslash,
    TooDeep,
    TooDeepLabel,
    FewLevels,
    CommentNeverClosed,
    CommentStartsHere,
    AddCommentEnd,
    UnknownExtension(String),
    Extensions,
    /// RON's own words, for an error it has no friendlier name for.
    Ron(String),
    LooksLikeJsonHelp,
    NotAMap,
    ExpectedMapHere,
    CommaMissing,
    CommaHere,
    QuoteInText,
    SeparateWithCommas,
    LooksLikeJson,
    JsonStarts,
    RonMap(String),
    RonStructs,
    // The configuration file
    UnknownTheme(String),
    NotATheme,
    /// A name in `lanes` that is no lane.
    UnknownLane(String),
    NotALane,
    /// "did you mean "dark"?" (the configuration quotes its values)
    DidYouMeanQuoted(String),
    UnknownLanguage(String),
    NotALanguage,
    Languages,
    AutosaveAtLeastOne,
    ZeroWritesAllTheTime,
    AutosaveSeconds,
    /// `room_bind` as written.
    UnreadableAddress(String),
    NotAnAddressWithPort,
    AddressLike,
    UnknownAction(String),
    InThisList,
    CannotReadKey {
        key: String,
        action: String,
    },
    NotAKey,
    KeyLike,
    KeyTwice {
        key: String,
        first: String,
        then: String,
    },
    KeyStaysWith {
        key: String,
        action: String,
    },
    FirstBoundTo(String),
    OneActionPerKey,
    KeyNeeded {
        key: String,
        owner: String,
        action: String,
    },
    ChooseFreeKey(String),
    NeedsAKey(String),
    NoKeyListed,
    KeepsOwnKeys(String),
    HasNoKey(String),
    NoKeyItCanUse,
    NoKeyLeft {
        action: String,
        key: String,
        to: String,
    },
    TakenFrom(String),
    BindToFreeKey(String),
    // Mermaid journeys (`cxmap import`)
    JourneyExpectedHere,
    JourneyStarts,
    TitleEmpty,
    NoTextAfterTitle,
    SectionNoName,
    NoTextAfterSection,
    NameThePhase,
    NoJourneyLine,
    JourneyLineFirst,
    NoTitle,
    CalledAfter(String),
    AddTitle,
    FrontMatterOpen,
    OpenedHere,
    EndWithDashes,
    SemicolonEnds,
    NotAllowedInJourney,
    WriteSemicolon,
    AccDescrOpen,
    CloseWithBrace,
    OtherDiagram(String),
    JourneyFirstLine,
    StartsWithJourney,
    ImportsJourneys,
    ExpectedTask,
    NoScoreAfterName,
    TaskHelp,
    TaskNoName,
    NoTextBeforeColon,
    TaskBeforeSection,
    GoesIntoPhase(String),
    AddSection,
    ScoreNotWhole(String),
    ScoreOutOfRange(String),
    ReadAs(i64),
    NoScore,
    NoEmotion,
    ScoreNotNumber(String),
    ScoreRange,
    /// "another section is called "Buy""
    SectionNameTaken(String),
    SectionBecomes(String),
    UniqueSectionNames,
}

/// The record a missing field belongs in.
#[derive(Debug, Clone, PartialEq)]
pub enum Outer {
    Map,
    Phase,
    Touchpoint,
    PainPoint,
    Field(String),
}

/// Who must be something: a field, each item of a list, or a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Who {
    Field(String),
    EachItem(String),
    ThisValue,
}

/// What a value must be.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    WholeNumber,
    Number,
    NumberLike,
    Boolean,
    Text,
    /// One of these choices.
    OneOf(Vec<String>),
    /// A list in `[ … ]`.
    List,
    /// A record of the format, by its name (`Phase`, `Csat`, …).
    Struct(String),
    /// Some other kind of value than the one written.
    Another,
    /// A type RON names that has no words here.
    Other(String),
}

/// A value as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Nothing,
    Text(String),
    SingleQuoted(String),
    List,
    Group,
    JsonObject,
    Number(String),
    Call(String),
    Word(String),
}

/// How an opening bracket is named: "`Touchpoint(`", "`phases: [`", "`(`".
#[derive(Debug, Clone, PartialEq)]
pub enum Opener {
    Quote,
    Code(String),
}
