using System.Text.RegularExpressions;
using HopTac.Core.Extraction.Events;
using HopTac.Core.Extraction.Gazetteers;
using HopTac.Core.Facts;
using HopTac.Core.Text;

namespace HopTac.Core.Extraction.Agreements;

/// <summary>
/// Whether a document word names one document the page reports (facts.md "agreements"), rather than a body named
/// after a document, documents in general, a kind of document, or one hoped for, refused or missing.
/// </summary>
internal static partial class AgreementMention
{
    /// <summary>
    /// The document word at <paramref name="hit"/>, with its title ending at <paramref name="titleEnd"/>, names one
    /// document of this page: not one named inside it or again in brackets, not a body's name, documents in general, a
    /// kind of document or one hoped for, and not a bare word pointing back at a document <paramref name="before"/> has.
    /// </summary>
    internal static bool NamesOne(string text, string folded, TriggerHit hit, IReadOnlyList<TriggerHit> raw, IReadOnlyList<TriggerHit> hits,
        int titleEnd, string title, IReadOnlyList<AgreementFact> before, IReadOnlyList<(TriggerHit Hit, int TitleEnd)> named)
    {
        if (string.Equals(hit.Type, "agreement", StringComparison.Ordinal)
            && hits.Any(h => h.Start > hit.End && h.Start <= hit.End + 4 && !string.Equals(h.Type, hit.Type, StringComparison.Ordinal)))
        {
            // "Thỏa thuận về Chiến lược hợp tác ...": the document is the one named inside.
            return false;
        }

        if (hit.Start >= 2 && text[hit.Start - 1] == '(' && raw.Any(h => h.End <= hit.Start && hit.Start - h.End <= 2))
        {
            // "Bản ghi nhớ (MOU)": the bracketed acronym right after the document word is that document again.
            return false;
        }

        if (InsideAnotherTitle(text, hit, named) || AppositionOfAnother(text, hit, named, title) || PredicateOfAnother(text, hit, before, named)
            || RenamesAnother(text, hit, named))
        {
            return false;
        }

        if (title.Length == 0 || InsideAName(text, hit.Start) || IsGenericPair(folded, hit, raw) || NamesABody(text, hit)
            || IsIndefinite(text, folded, hit, title))
        {
            return false;
        }

        // "ký kết hợp đồng quan trọng này": a signing of a document the page names elsewhere, or not at all. The
        // first such signing stands for its document; once the page has one of its kind, it is that one again.
        // Without a signing ("tôn trọng hiệp ước hiện hành") it names no document.
        if (OnlyPointsBack(folded, hit.End, titleEnd)
            && (!AgreementSigning.SignedCue().IsMatch(text) || before.Any(b => string.Equals(b.Type, hit.Type, StringComparison.Ordinal))))
        {
            return false;
        }

        if (titleEnd - hit.End < 3 && WithManyAfter().IsMatch(text, titleEnd))
        {
            // "ký hợp đồng với các ứng viên", "ký hợp đồng với các doanh nghiệp tư nhân", "ký kết hợp đồng với các đối tác
            // là lái xe": a bare document word with a plural counterpart is one contract per counterpart, documents in
            // general (grammar: the plural marker on the other side). Session 14, study folders: 3 such records, none one
            // document.
            return false;
        }

        // "Nhằm phát huy lợi thế mà Hiệp định mang lại": a bare treaty or agreement word refers to one named before
        // (it merges with it) and names none of its own.
        if (!hit.Flagged && hit.Type is "agreement" or "treaty" && titleEnd - hit.End < 3
            && !before.Any(b => string.Equals(b.Type, hit.Type, StringComparison.Ordinal)))
        {
            return false;
        }

        if (hit.Type is "strategy" && !CooperationStrategy().IsMatch(VietnameseText.Fold(title))
            && ActorFinder.InText(title).Count < 2)
        {
            // "Chiến lược phòng thủ mới của Mỹ", "Chiến lược biển Việt Nam đến 2020", "cuộc họp Rà soát Chiến lược
            // Song phương": one state's strategy or a meeting's name; facts.md's strategy is a strategy of
            // cooperation ("Chiến lược hợp tác giữa …") or one two states share.
            return false;
        }

        if (hit.Type is "plan" or "roadmap" && !CooperationStrategy().IsMatch(VietnameseText.Fold(title))
            && ActorFinder.InText(title) is var sides && sides.Count < 2 && sides.TrueForAll(ActorFinder.IsState)
            && !AgreementSigning.SignedRightBefore(text, hit) && !AgreedBySidesAfter().IsMatch(text, titleEnd))
        {
            // "thông qua kế hoạch quốc phòng mới", "Kế hoạch năng lượng sạch của ông Obama", "Kế hoạch chống tham nhũng
            // quốc gia", "Lộ trình thực hiện chương trình Mặt trăng": one side's plan, adopted by its own government or
            // board. facts.md's plan is one of cooperation ("kế hoạch, chương trình hợp tác"): its name says cooperation,
            // names two sides or a bloc ("Kế hoạch Tổng thể về Kết nối ASEAN"), the sides sign it ("ký kế hoạch …") or
            // the clause after it says who agreed it ("lộ trình đến năm 2030 đã được thống nhất giữa hai nước");
            // adopting ("thông qua", "phê duyệt", "ban hành") is what one body does with its own plan. As for
            // strategies above. Session 14, study folders: 18 of 26 plans and 2 of 3 roadmaps dropped, 17 of them one side's.
            return false;
        }

        // "một số Công ước quốc tế", "các Hiệp định thương mại tự do": after a plural marker, a capital on the bare
        // noun names nothing (the press capitalises the kind of document as often as a name); the words after it decide.
        var counted = ManyBefore().IsMatch(folded.AsSpan(0, hit.Start));
        var plural = counted || GenericPlural().IsMatch(folded.AsSpan(0, hit.Start));
        var lowerCase = !char.IsUpper(text[hit.Start]) || OpensSentence(text, hit.Start) || (plural && !NamedWordAfterNoun(title));
        if (lowerCase && CountedBefore().IsMatch(folded.AsSpan(0, hit.Start)) && !AgreementSigning.ToldAsSigned(text, hit, titleEnd))
        {
            // "đạt được một số thoả thuận khung về TPP 11", "vi phạm các hiệp ước quốc tế": several documents told
            // together and not signed here name none of them. Signed ones ("đã ký các thoả thuận về …") are kept:
            // the held-out gold counts such a signing as its document.
            return false;
        }

        if (lowerCase && counted && !NamedWordAfterNoun(title))
        {
            // "ký kết 29 thoả thuận hợp tác trên nhiều lĩnh vực", "đã ký nhiều hiệp định quan trọng về hợp tác văn hoá",
            // "ký một loạt thoả thuận thương mại trị giá tỷ USD": a count of documents told in common words names none of
            // them, signed or not (issue 13: counted documents are not documents; grammar, a numeral or a quantifier
            // before the noun makes it plural). "các" is left to the rule above: the definite plural of a signing ("đã ký
            // các thoả thuận về …") is what the gold counts. Session 14, study folders: 4 such records, none one document.
            return false;
        }

        if (CountedBefore().IsMatch(folded.AsSpan(0, hit.Start)) && OnlyKindWords(folded, hit.End, titleEnd)
            && ActorFinder.InText(title).Count == 0)
        {
            // "ký kết nhiều hiệp ước song phương và đa phương", "29 thỏa thuận song phương được ký kết", "các Hiệp định
            // thương mại tự do thế hệ mới", "một số Công ước quốc tế": several documents told only by their kind (no
            // name, no party, no subject of their own) name none of them, signed or not, capitalised or not. In
            // folders 300-449, 13 such records, none a named document.
            return false;
        }

        if (lowerCase && hit.Type is "plan" && !AgreementSigning.ToldAsSigned(text, hit, titleEnd))
        {
            // "kế hoạch triển khai binh sĩ Mỹ dọc biên giới": a plan in lower case is one side's intention whatever
            // it names; it is a cooperation document where it is written as a name or signed.
            return false;
        }

        if (IsUnnamed(text, hit, title) && !AgreementSigning.ToldAsSigned(text, hit, titleEnd))
        {
            // "thực hiện thoả thuận thương mại", "vi phạm các hiệp ước quốc tế", "Theo bản ghi nhớ mà …": a document
            // told only in common words is a kind of document unless the sentence signs or adopts this one.
            return false;
        }

        if (hit.Flagged && ((titleEnd - hit.End < 3 && !SignedBefore().IsMatch(folded.AsSpan(0, hit.Start)))
            || GenericPlural().IsMatch(folded.AsSpan(0, hit.Start))))
        {
            // A bare common noun, or "các thỏa thuận thương mại": documents in general, not one named.
            return false;
        }

        return true;
    }

    /// <summary>
    /// "Thoả thuận khung hợp đồng bán khí Cá Voi Xanh", "Bản ghi nhớ hoàn tất đàm phán hiệp định thương mại biên giới":
    /// a document word in lower case inside the title of a document named before it in the sentence is a word of that
    /// name (what the first document is about or frames), not a second document (issue 13: one record per document;
    /// grammar, the modifier of a noun follows it, and a lower-case noun inside a name is no name of its own). A
    /// capitalised one ("Kế hoạch hành động thực hiện Tuyên bố chung …") names a document of its own and stays. An
    /// agreement "về" another document ("Thoả thuận về Chiến lược hợp tác …") is the inner one's: the rule above drops
    /// the outer one, and only documents the sentence has kept (<paramref name="named"/>) hold others. Session 14's audit: 2 of 100 (a contract inside a framework agreement's name, the same memorandum
    /// again); study folders, session 15: see docs/accuracy.md.
    /// </summary>
    private static bool InsideAnotherTitle(string text, TriggerHit hit, IReadOnlyList<(TriggerHit Hit, int TitleEnd)> named)
    {
        if (char.IsUpper(text[hit.Start]))
        {
            return false;
        }

        return named.Any(n => n.Hit.End <= hit.Start && n.TitleEnd > hit.Start);
    }

    /// <summary>
    /// "Hiệp định Thương mại tự do Bắc Mỹ (NAFTA) - thoả thuận thương mại tồi tệ nhất của Mỹ", "Thoả thuận Wassenaar,
    /// hiệp ước kiểm soát vũ khí quốc tế …": a document word in lower case right after another document's name and a dash
    /// (or a comma, when it is told in common words only) is an apposition that describes that document, not a second one
    /// (grammar: the apposition follows its noun; issue 13, generic mentions counted again).
    /// </summary>
    private static bool AppositionOfAnother(string text, TriggerHit hit, IReadOnlyList<(TriggerHit Hit, int TitleEnd)> named, string title)
    {
        if (char.IsUpper(text[hit.Start]))
        {
            return false;
        }

        foreach (var (other, end) in named)
        {
            if (end > hit.Start || AppositionGap().Match(text, end) is not { Success: true } gap || end + gap.Length != hit.Start)
            {
                continue;
            }

            // After a comma the phrase may be the next item of a list of kinds ("hiệp định hàng không, thoả thuận hợp tác
            // về thuỷ sản"): it describes the document before only where that one has a name and this one none.
            var dash = gap.Value.Contains('-') || gap.Value.Contains('–');
            var otherTitle = text[other.Start..end];
            if (dash || (IsUnnamed(text, hit, title) && !IsUnnamed(text, other, otherTitle)))
            {
                return true;
            }

            // "Kế hoạch hành động toàn diện chung 2015 (JCPOA), thoả thuận về chương trình hạt nhân Iran do … ký": after a
            // name closed by its bracketed acronym, a lower-case document word whose own words name nothing before what it
            // is about ("về", "giữa", "với", "của") and that brings no acronym of its own is the first document told again
            // in common words (grammar: the apposition after a proper name). Session 16, study sample (seed 16101): 1 of 100.
            if (gap.Value.TrimStart().StartsWith('(') && !HasOwnName(title) && !AcronymAfter().IsMatch(text, hit.Start + title.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kế hoạch hành động toàn diện chung (JCPOA), tức Thoả thuận hạt nhân Iran", "(JCPOA), còn gọi tắt là thoả thuận hạt
    /// nhân Iran", "Hiệp ước …, hay còn được gọi là …": after a document's name, "tức (là)" (that is) and "(hay) còn
    /// (được) gọi (tắt) là" (also called) introduce another name of the same document, in capitals or not (grammar: the
    /// renaming apposition; issue 13: one record per document, the same document under its full and its common name
    /// counted twice). Session 17, study sample (seed 17101): 1 of 100, and the session-16 measure notes' class "the same
    /// document named again". Only the renaming sentence is covered: the other name told alone in a later sentence is
    /// still its own record.
    /// </summary>
    private static bool RenamesAnother(string text, TriggerHit hit, IReadOnlyList<(TriggerHit Hit, int TitleEnd)> named) =>
        named.Any(n => n.TitleEnd <= hit.Start && RenamingGap().Match(text, n.TitleEnd) is { Success: true } gap && n.TitleEnd + gap.Length == hit.Start);

    // Between a document's name and its other name: its bracketed acronym, a comma, then "tức (là)" or "(hay) còn (được)
    // gọi (tắt) là".
    [GeneratedRegex(@"\G\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:tức là|tức|(?:hay |hoặc )?còn (?:được )?gọi (?:tắt )?là)\s+", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex RenamingGap();

    /// <summary>
    /// "INF là hiệp ước song phương được ký kết giữa Mỹ và Liên Xô", "Kế hoạch hành động chung toàn diện (JCPOA), là Thoả
    /// thuận giữa Iran với nhóm P5+1", "Tuy nhiên, do đây là hiệp ước song phương giữa Mỹ và Liên Xô": a document word after
    /// the copula "là" whose subject is a document (its acronym, or "đây" pointing back at one the page has named) is
    /// the predicate that describes that document, not a second one (grammar: in "A là B", B says what A is; issue 13: one
    /// record per document). An acronym that is a state's or an organisation's ("ASEAN là …") is no document; "đặc biệt
    /// là" (especially) is a focus word, not a copula. Session 16, study folders: 6 such records, all a document named
    /// again or a document hoped for ("Nếu được ký kết, đây sẽ là Thoả thuận thương mại lớn nhất của EU").
    /// </summary>
    private static bool PredicateOfAnother(string text, TriggerHit hit, IReadOnlyList<AgreementFact> before,
        IReadOnlyList<(TriggerHit Hit, int TitleEnd)> named)
    {
        if (CopulaAfterDocument().Match(text[..hit.Start]) is not { Success: true } copula)
        {
            return false;
        }

        var code = copula.Groups["code"];
        if (code.Success)
        {
            return GazetteerData.ActorCode(code.Value) is null || string.Equals(code.Value, "CPTPP", StringComparison.Ordinal)
                || string.Equals(code.Value, "TPP", StringComparison.Ordinal);
        }

        return before.Count > 0 || named.Count > 0;
    }

    /// <summary>
    /// "Chủ tịch Uỷ ban Tình báo Hạ viện … công bố bản ghi nhớ dài 4 trang", "bản ghi nhớ mật của đại sứ Anh", "Nhà Trắng
    /// ký bản ghi nhớ cho phép các binh sĩ …": "bản ghi nhớ" is also a memo, one author's note; a memorandum of
    /// understanding has two sides (facts.md: cooperation documents). A memorandum given one party at most, in a sentence
    /// that names one state or organisation at most and no word of a counterpart ("với", "giữa", "hai bên", "cùng", "hợp tác"), is a
    /// memo. Session 15, study folders: 14 such records (leaked or published memos, a president's memoranda), one a
    /// memorandum of understanding told without its counterpart ("Họ đã ký bản ghi nhớ về phát triển dầu khí …");
    /// session 14's audit: 1 of 100.
    /// Session 16: states the sentence names only as the target, the consequence or a description ("ký bản ghi nhớ trừng
    /// phạt thương mại nhằm vào Trung Quốc") are not counted (<see cref="AgreementParties.WithoutBystanders"/>).
    /// </summary>
    internal static bool IsOneSidesMemo(string text, TriggerHit hit, int titleEnd, IReadOnlyList<string> actors) =>
        string.Equals(hit.Type, "memorandum", StringComparison.Ordinal) && actors.Count <= 1 && !Counterpart().IsMatch(text)
        && ActorFinder.InText(AgreementParties.WithoutBystanders(text, titleEnd)).Count <= 1;

    /// <summary>
    /// "Tuyên bố của Trung Quốc về Biển Đông", "Tuyên bố của Thư ký báo chí Nhà Trắng về …", "tuyên bố chung của văn phòng
    /// Đại diện thương mại Mỹ (USTR) và Bộ Tài chính Mỹ": a statement whose title says whose it is ("của X") and whose X
    /// names one state only (the state, its office or its officials) is that state's statement, one side's word, not a
    /// document between sides (facts.md: cooperation documents; grammar: "của" marks the author). A bloc's ("Tuyên bố của
    /// Lãnh đạo ASEAN về …"), the sides' ("của các bên", "của Việt Nam và Mỹ") or one whose record has a second party
    /// stays. Session 16 notes, "a state's one-sided statements are still records"; session 17, study folders: 4 such records,
    /// all one side's.
    /// </summary>
    internal static bool IsOneSidesStatement(TriggerHit hit, string title, IReadOnlyList<string> actors)
    {
        if (hit.Type is not ("declaration" or "joint_statement") || actors.Count > 1 || AuthorOf().Match(title) is not { Success: true } author)
        {
            return false;
        }

        var named = ActorFinder.InText(author.Groups["who"].Value);
        return named.Count == 1 && ActorFinder.IsState(named[0]) && (actors.Count == 0 || string.Equals(actors[0], named[0], StringComparison.Ordinal));
    }

    // "Tuyên bố (chung) của X (về …)": the author, up to what the statement is about; not "của các / hai / những …" (the sides).
    [GeneratedRegex(@"^\S+ \S+(?: chung)? của (?!(?:các|hai|ba|những|mỗi)(?![\p{L}\p{Mn}]))(?<who>.+?)(?: về .*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex AuthorOf();

    /// <summary>
    /// A document told in common words only: written in lower case (or opening the sentence, where every word is
    /// capitalised), with no capitalised word, acronym or number in its title to name it ("hiệp định thương mại tự do
    /// song phương", "bản ghi nhớ"). Such a phrase is as often documents in general, one hoped for, or an agreement in
    /// the sense of consensus ("đạt được thoả thuận về …") as one the page names.
    /// </summary>
    private static bool IsUnnamed(string text, TriggerHit hit, string title)
    {
        var capital = char.IsUpper(text[hit.Start]) && !OpensSentence(text, hit.Start);
        return !capital && !title.Split(' ').Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])));
    }

    /// <summary>
    /// The words after the document noun, up to what it is about or between ("về", "giữa", "với", "của", "cho"), hold a
    /// capitalised word, an acronym or a number: "thoả thuận Sochi về …" has a name, "thoả thuận về chương trình hạt nhân
    /// Iran" has none.
    /// </summary>
    private static bool HasOwnName(string title)
    {
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            if (word is "về" or "giữa" or "với" or "của" or "cho")
            {
                return false;
            }

            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\G\s*\([A-Z][A-Z0-9]{1,9}\)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AcronymAfter();

    /// <summary>A capitalised word, acronym or number after the document noun names the document.</summary>
    private static bool NamedWordAfterNoun(string title) =>
        title.Split(' ').Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])));

    /// <summary>Only quotes, dashes and spaces before: the word opens the sentence and its capital says nothing.</summary>
    private static bool OpensSentence(string text, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A common noun names a document only with a name after it: "thỏa thuận về ...", "Kế hoạch hành động ...".</summary>
    internal static bool IsNamed(string text, string folded, TriggerHit hit)
    {
        var after = folded[hit.End..].TrimStart();
        var capital = char.IsUpper(text[hit.Start]);
        try
        {
            return hit.Type switch
            {
                "declaration" => capital && hit.Start > 0 && DeclarationTail().IsMatch(after),
                "contract" => (ContractTail().IsMatch(after) && AgreementSigning.SignedCue().IsMatch(text)) || SignedBefore().IsMatch(folded.AsSpan(0, hit.Start)),

                // "chiến lược" after a noun qualifies it ("sự gắn bó chiến lược giữa hai nước", "đối thoại chiến lược"):
                // a strategy is a document where the word is capitalised as a name or follows a verb that acts on one.
                "strategy" => (capital && hit.Start > 0) || (NamedTail().IsMatch(after) && ActsOnDocument().IsMatch(folded.AsSpan(0, hit.Start))),
                // "vừa ký một bản thoả thuận mở rộng hợp tác quốc phòng": signed right before, it is one document.
                _ => (capital && hit.Start > 0) || NamedTail().IsMatch(after) || SignedBeforeIndefinite().IsMatch(folded.AsSpan(0, hit.Start)),
            };
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// A capitalised document word inside the name of a body names the body: "Trung tâm Nghiên cứu Chiến lược và
    /// Quốc tế", "Tổ chức Hiệp ước Bắc Đại Tây Dương", "Bộ Kế hoạch và Đầu tư". The nearest body's head word before it
    /// (the organisation-heads gazetteer) reaches it through a name: capitalised words, each followed by at most one
    /// lower-case syllable ("Nghiên cứu"); a verb or a second lower-case word ("Bộ Y tế ký …") ends the name first.
    /// </summary>
    private static bool InsideAName(string text, int start)
    {
        if (start < 2 || !char.IsUpper(text[start]))
        {
            return false;
        }

        // The gazetteer reads a one-word name opening a clause before a capital as a person's ("Đức Huy phát biểu");
        // a body's head word opening the sentence ("Viện Chính sách Chiến lược Australia") is no person, so the window
        // is read as if a lower-case word came before it.
        var window = "là " + text[Math.Max(0, start - 80)..start];
        var heads = GazetteerData.OrganizationHeads.FindAll(window);
        if (heads.Count == 0)
        {
            return false;
        }

        var words = window[heads[^1].End..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lowerRun = 0;
        foreach (var word in words)
        {
            if (!word.All(char.IsLetter))
            {
                return false;
            }

            lowerRun = char.IsUpper(word[0]) ? 0 : lowerRun + 1;
            if (lowerRun > 1 || (lowerRun == 1 && NotInNames.Contains(VietnameseText.Fold(word))))
            {
                return false;
            }
        }

        return words.Length <= 6;
    }

    /// <summary>
    /// Bodies whose names hold a document word whatever the case it is written in: "tổ chức Hiệp ước Bắc Đại Tây Dương"
    /// (NATO) and the ministry and the provincial departments of planning and investment ("bộ Kế hoạch và Đầu tư",
    /// "Sở Kế hoạch - Đầu tư").
    /// </summary>
    private static bool NamesABody(string text, TriggerHit hit) =>
        BodyBeforeDocumentWord().IsMatch(text.AsSpan(0, hit.Start))
        || (char.IsUpper(text[hit.Start]) && MeetingBefore().IsMatch(text.AsSpan(0, hit.Start)))
        || (char.IsUpper(text[hit.Start]) && LowerCaseHeadBefore().IsMatch(text.AsSpan(0, hit.Start)))
        || BodyAfterDocumentWord().IsMatch(text.AsSpan(hit.End));

    /// <summary>
    /// A document told in common words after an indefinite, a negation or "any" ("một hiệp ước hòa bình", "chưa có hiệp
    /// ước dẫn độ", "bất kỳ thỏa thuận thương mại nào") is a kind of document wished for, refused or missing, not one
    /// the page names; a signing told right before it ("đã ký một thỏa thuận hợp tác quân sự") makes it one. A title
    /// with a capitalised word or an acronym names its document whatever comes before.
    /// </summary>
    private static bool IsIndefinite(string text, string folded, TriggerHit hit, string title)
    {
        if (hit.Type is "plan" or "action_plan" && !char.IsUpper(text[hit.Start]) && IntendsTo().IsMatch(folded.AsSpan(0, hit.Start)))
        {
            // "có kế hoạch triển khai … tới vùng Vịnh": a verb phrase (intend to), whatever names follow it.
            return true;
        }

        var beforeHit = folded.AsSpan(0, hit.Start);
        // A capital on the bare noun names nothing ("sẽ sớm ký Bản ghi nhớ (MOU) về hợp tác …"): the words after it decide.
        var bare = !title.Split(' ').Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])));
        if ((!char.IsUpper(text[hit.Start]) || bare)
            && (NotYetOrNot().IsMatch(beforeHit) || (IndefiniteBefore().IsMatch(beforeHit) && !SignedBeforeIndefinite().IsMatch(beforeHit))))
        {
            // "cần nhanh chóng ký một thoả thuận về phi hạt nhân hoá cùng Bình Nhưỡng", "ủng hộ một thoả thuận đa
            // phương kiểu Iran": a place named in the object does not make a wished-for document one the page names.
            return true;
        }

        if (bare && SigningAsNoun().IsMatch(beforeHit))
        {
            return true;
        }

        if (char.IsUpper(text[hit.Start]) || title.Split(' ').Skip(1).Any(w => w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]))))
        {
            return false;
        }

        var before = folded.AsSpan(0, hit.Start);
        var end = hit.Start + title.Length;
        var any = end < folded.Length && AnyAfter().IsMatch(folded.AsSpan(end));
        return any || (IndefiniteBefore().IsMatch(before) && !SignedBeforeIndefinite().IsMatch(before)) || NotYetOrNot().IsMatch(before);
    }

    /// <summary>
    /// "hợp đồng trên", "hiệp ước hiện hành", "hợp đồng quan trọng": the noun with nothing but words that point back
    /// or praise names no document.
    /// </summary>
    private static bool OnlyPointsBack(string folded, int tailStart, int titleEnd)
    {
        var tail = folded[tailStart..titleEnd].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tail.Length > 0 && tail.Length <= 5 && Array.TrueForAll(tail, EmptyWords.Contains);
    }

    /// <summary>
    /// The words after the document noun only say what kind of document it is: bilateral, multilateral, international,
    /// of trade, of free trade, new-generation, of cooperation or investment ("hiệp định thương mại tự do thế hệ mới").
    /// </summary>
    private static bool OnlyKindWords(string folded, int tailStart, int titleEnd)
    {
        var tail = folded[tailStart..titleEnd].ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return Array.TrueForAll(tail, KindWords.Contains);
    }

    private static readonly HashSet<string> KindWords = new(
        ["song", "da", "phuong", "quoc", "te", "thuong", "mai", "tu", "do", "the", "he", "moi", "giao", "fta", "hop", "tac",
         "dau", "tu", "kinh", "khac", "va", "ve", "hien", "co", "lien", "quan"],
        StringComparer.Ordinal);

    /// <summary>"các Hiệp định và thỏa thuận cấp cao": two document words joined name documents in general.</summary>
    private static bool IsGenericPair(string folded, TriggerHit hit, IReadOnlyList<TriggerHit> hits)
    {
        var after = folded[hit.End..];
        var joined = after.StartsWith(" va ", StringComparison.Ordinal) || after.StartsWith(" hoac ", StringComparison.Ordinal)
            || after.StartsWith(", ", StringComparison.Ordinal);
        if (joined && hits.Any(h => h.Start > hit.End && h.Start <= hit.End + 7))
        {
            return true;
        }

        // The second of the pair: "hiệp định và thỏa thuận cấp cao".
        var before = folded[..hit.Start];
        return (before.EndsWith(" va ", StringComparison.Ordinal) || before.EndsWith(" hoac ", StringComparison.Ordinal))
            && hits.Any(h => h.End < hit.Start && h.End >= hit.Start - 7);
    }

    // Verbs and function words that end a body's name before a document ("Bộ Ngoại giao Việt Nam ký Hiệp định …").
    private static readonly HashSet<string> NotInNames = new(
        ["ky", "ket", "qua", "ve", "va", "voi", "cua", "theo", "co", "la", "da", "se", "dang", "vua", "cho", "tai", "trong",
         "giua", "hay", "hoac", "thuc", "hien", "thao", "luan", "hanh", "bo", "dat", "duoc", "nhat", "tri", "phe", "chuan",
         "duyet", "trien", "khai", "gui", "trao", "nhan", "tu", "den", "sau", "truoc", "khi", "nhu", "ma", "thi", "o"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> EmptyWords = new(
        ["tren", "noi", "nay", "do", "ay", "hien", "hanh", "co", "quan", "trong", "mang", "y", "nghia", "lich", "su",
         "cung", "luc", "moi", "cu", "khac", "tuong", "tu", "dau", "tien", "lon", "nhat", "rat", "kia", "vua", "roi", "dang", "ke",
         // "Hiệp ước quốc tế có hơn 100 quốc gia ký kết": "international" says what kind, not which (session 11).
         "quoc", "te"],
        StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?:ky|ky ket|thong qua|ban hanh|cong bo|trien khai|thuc hien|phe duyet|xay dung|soan thao|ban|bo sung|dieu chinh)\s+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ActsOnDocument();

    [GeneratedRegex(@"\bky (?:ket )?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SignedBefore();

    [GeneratedRegex(@"\b(?:cac|nhung|nhieu)\s+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex GenericPlural();

    // The press's related-article links: "Xem thêm:", "Xem thêm > >", "Đọc thêm", "Tin liên quan".
    [GeneratedRegex(@"^\W*(?:Xem thêm|Đọc thêm|Tin liên quan)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    internal static partial Regex RelatedNews();

    [GeneratedRegex(@"^(?:[^.;]{0,80}?\bve\b)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex DeclarationTail();

    [GeneratedRegex(@"^(?:mua|cung cap|ban|thue|tri gia|ve|hop tac|\d|tong|xay dung|dau tu|chuyen giao|san xuat|phat trien)", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ContractTail();

    [GeneratedRegex(@"^(?:ve|hop tac|giua|khung|tong the|hanh dong|giai doan|den nam|thuong mai|tu do|quoc phong|trong linh vuc|song phuong|da phuong|doi tac|chien luoc|thuc hien|trien khai|tang cuong|nang cao|dau tu|cung cap)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NamedTail();

    // "trung tâm Nghiên cứu Chiến lược và Quốc tế", "viện Chính sách Chiến lược": the press writes a body's head word
    // in lower case before its capitalised name as often as not; a capitalised document word in that name is the body's.
    [GeneratedRegex(@"\b(?:trung tâm|viện|học viện|đại học|trường|hội đồng|ủy ban|uỷ ban|văn phòng)(?: \p{Lu}[\p{L}\p{Mn}]*(?: [\p{Ll}\p{Mn}]+)?){1,3} $", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex LowerCaseHeadBefore();

    // "Đối thoại Chiến lược và Kinh tế Mỹ - Trung", "Hội nghị cấp cao Chiến lược hợp tác kinh tế Ayeyawady - Chao Phraya -
    // Mekong": a capitalised name right after a meeting's noun is the meeting's (grammar: the noun's proper name follows
    // it); a document a meeting adopts is told after a verb ("Hội nghị thông qua Tuyên bố …"). 3 uses in the study
    // folders (session 14), all meetings.
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:[Đđ]ối thoại|[Hh]ội nghị(?: cấp cao| thượng đỉnh)?|[Cc]uộc họp|[Dd]iễn đàn|[Hh]ội thảo) $", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex MeetingBefore();

    // The clause right after a plan's name says it binds two sides: "… đã được thống nhất giữa Việt Nam và Nga", "… mà
    // hai bên đã ký", "… ký với Lào".
    [GeneratedRegex(@"\G[^.;,]{0,40}?(?<![\p{L}\p{Mn}])(?:giữa|hai bên|hai nước|các bên|ký với|thống nhất với)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AgreedBySidesAfter();

    [GeneratedRegex(@"^ (?:và|-|–) Đầu tư", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BodyAfterDocumentWord();

    // "tổ chức Hiệp ước Bắc Đại Tây Dương", "Khối Hiệp ước Quân sự Bắc Đại Tây Dương" (NATO, 27 uses in vietnews-train),
    // "Chính phủ Hiệp định Quốc gia" (Libya's Government of National Accord, 19 uses): a body named after a document.
    // "đồng minh hiệp ước của Mỹ", "các đồng minh hiệp ước ở châu Á" (treaty allies): a compound whose head is "đồng
    // minh", states, not a document (grammar: the head noun comes first; 3 uses in the study folders, all allies).
    [GeneratedRegex(@"(?:\b[Tt]ổ chức|\b[Kk]hối|\b[Cc]hính phủ|\b[Đđ]ồng minh) $", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex BodyBeforeDocumentWord();

    [GeneratedRegex(@"\b(?:mot|bat ky|bat cu|moi|chua co|khong co|chua tung co|chua bao gio ky|khong dat duoc|chua dat duoc|mot so)\s+(?:ban\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex IndefiniteBefore();

    [GeneratedRegex(@"\b(?:da|vua|cung)\s+(?:ky|ky ket|thong qua|dat duoc|ban hanh)\s+(?:mot\s+)?(?:ban\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SignedBeforeIndefinite();

    // A document to be signed ("sẽ sớm ký hiệp ước hòa bình", "hướng tới ký hiệp ước", "cần nhanh chóng ký một thỏa thuận")
    // or one that is not there ("không phải là hiệp định hòa bình", "thay vì hiệp định hòa bình", "không ra được tuyên bố
    // chung"): told in common words, it is a kind of document hoped for or denied, not one the page names. A signing
    // sought, proposed or urged ("Nga và Nhật tìm cách ký hiệp ước hoà bình", "đề xuất các nước ở vùng Vịnh kí hiệp ước
    // không tấn công", "hạ quyết tâm … ký hiệp ước hoà bình", "kêu gọi hai bên ký …"; session 11, folders 570-599) is
    // hoped for too. Session 12 (folders 300-449 and the session-11 sample): a signing told after a modal or a verb of
    // striving is one to come ("phải ký hiệp định hoà bình", "có thể hoàn tất việc ký kết thoả thuận", "tiến đến ký kết
    // hiệp định hoà bình", "thương lượng để đạt được tuyên bố", "cố gắng đưa ra thoả thuận"), and one refused or urged
    // is not made ("từ chối thông qua tuyên bố chung", "hối thúc ASEAN … phát tuyên bố chung", "không thể thống nhất về
    // tuyên bố chung"): grammar, the modal or the verb of intention governs the signing verb after it. Issuing to come
    // ("hai bên sẽ ra tuyên bố chung") and a signing not completed ("chưa hoàn tất ký kết hợp đồng") are the same.
    // Session 16: "chưa phải là" (not yet: "Hiệp định đình chiến …, chứ chưa phải là hiệp ước hoà bình") denies as "không
    // phải là" does, and "chưa thể / không thể ký" (cannot yet, cannot sign: "khiến Nga và Nhật Bản chưa thể ký hiệp ước
    // hoà bình") tells a signing not made (grammar: the negated modal governs the verb). Session 15's notes name the
    // never-signed peace treaty as the largest class of its audit; 1 such record in the study folders.
    // Session 17: intention and commitment govern a signing to come as a modal does ("có ý định ký", "dự định ký", "cam
    // kết ký hiệp ước hoà bình vào cuối năm nay", "tiến tới đàm phán, ký kết hiệp định …": grammar, the verb of intention
    // takes the signing as its complement); "chưa ký kết được" (not yet managed to sign) is "chưa ký" with its
    // resultative; preventing or obstructing a signing or an issue ("ngăn cản Hiệp hội ra tuyên bố chung", "cản trở việc
    // ra tuyên bố chung") tells it was not made. Session 16's measure notes and the session-17 study sample (seed 17101):
    // 4 peace treaties and 2 joint statements never made.
    [GeneratedRegex(@"(?:\b(?:se|se som|som|sap|thuc day|thuc day som|huong toi|tien toi|tien den|can|can nhanh chong|muon|hy vong|mong muon|phai|co the|de|nham|y dinh|du dinh|cam ket)\s+(?:(?:hoan tat|tien hanh)\s+)?(?:viec\s+)?(?:dam phan,?\s+(?:va\s+)?)?(?:ky|ki|ky ket|ki ket|dat duoc|ra|dua ra|phat|cong bo|thong qua)|\b(?:khong|chua) phai(?: la)?|\b(?:khong|chua|van chua) the\s+(?:ky|ki|ky ket|ki ket|dat duoc)|\b(?:tien trinh|tu choi|khong|chua tung)\s+(?:ky|ky ket|thong qua|phe chuan)(?:\s+vao)?|\bthay vi|\bkhong (?:ra|dua ra|dat) duoc|\bkhong the thong nhat ve|\b(?:thuong luong|dam phan)\s+(?:de|nham)\s+(?:ky|ky ket|dat duoc|dua ra)|\bchua (?:hoan tat )?(?:viec )?(?:ky|ky ket)(?: duoc)?|\b(?:tim cach|de xuat|de nghi|keu goi|hoi thuc|thuc giuc|thuyet phuc|ep|gay suc ep|quyet tam|co gang|no luc|ngan can|can tro)\s+(?:\S+\s+){0,5}?(?:ky|ki|ky ket|ki ket|dat duoc|dua ra|phat|ra))\s+(?:mot\s+)?(?:ban\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex NotYetOrNot();

    // "có kế hoạch triển khai …", "hủy kế hoạch hành động vào phút chót": "have a plan" is "intend", and a plan dropped
    // or drawn up by one side is no cooperation document (1,892 and 83 uses in vietnews-train).
    [GeneratedRegex(@"\b(?:co|huy|len|cong bo|tu bo)\s+$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex IntendsTo();

    [GeneratedRegex(@"\b(?:hop tac|doi tac|giua)\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CooperationStrategy();

    // Several documents: a plural marker or a count before the noun ("các", "những", "nhiều", "một số", "một loạt",
    // "hai", "3", …), grammar of the Vietnamese noun phrase.
    [GeneratedRegex(@"(?<!\bdieu |\bkhoan |\bchuong )\b(?:cac|nhung|nhieu|mot so|mot loat|loat|hang loat|hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d+)\s+(?:ban\s+|van kien\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CountedBefore();

    // More than one: a numeral of two or more, "nhiều", "một số", "(một|hàng) loạt" right before the noun (grammar of
    // the Vietnamese noun phrase; folded, "năm" is also "year" and "sáu" also "sau" (after), so both are left out).
    [GeneratedRegex(@"(?<!\bdieu |\bkhoan |\bchuong |\bnam |\bthang |\bngay |[/.-])\b(?:nhieu|mot so|mot loat|loat|hang loat|hai|ba|bon|bay|tam|chin|muoi|\d+)\s+(?:ban\s+|van kien\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ManyBefore();

    [GeneratedRegex(@"\G\s*(?:với|cùng) (?:các|những|nhiều|một số)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex WithManyAfter();

    // Between a document's name and its apposition: its bracketed acronym, then a dash or a comma, and "là", "một".
    [GeneratedRegex(@"\G\s*(?:\([^()]{1,15}\)\s*)?(?:[-–]|,)\s*(?:(?:là|một)\s+)*", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AppositionGap();

    [GeneratedRegex(@"(?<![\p{L}\p{Mn}])(?:với|giữa|hai bên|hai nước|các bên|ba bên|cùng|hợp tác|đối tác)(?![\p{L}\p{Mn}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Counterpart();

    // The copula after a document's acronym (bracketed or not, with a comma) or after "đây" (this), with the
    // auxiliaries and adverbs that may stand between ("đây sẽ là", "INF cũng là").
    [GeneratedRegex(@"(?:(?<![\p{L}\p{Mn}])(?<code>[A-Z][A-Z0-9]{1,9})\)?,?|(?<![\p{L}\p{Mn}])(?<!(?:[Tt]rước|[Gg]ần|[Ss]au|[Ởở]|[Tt]ại|[Dd]ưới|[Nn]hư|[Tt]ừ) )[Đđ]ây)\s+(?:(?:sẽ|cũng|vẫn|đã|chính|chỉ)\s+)*là\s+(?:một\s+)?(?:bản\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex CopulaAfterDocument();

    [GeneratedRegex(@"^ nao\b", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex AnyAfter();

    // Session 13: a signing made a noun ("việc ký hợp đồng với Mỹ … sẽ khiến", "khả năng ký thoả thuận thương mại", "sẽ
    // coi việc ký kết hiệp định hoà bình là …") is talked about, not reported done (grammar: "việc" and "khả năng" turn
    // the verb into the topic of another predicate); 6 of 9 such records in the study folders, all told in common words.
    // A document named with its parties ("việc ký kết biên bản ghi nhớ giữa Vietjet và Pratt & Whitney … tháng 2-2016")
    // is one the page names whatever is said of its signing.
    [GeneratedRegex(@"\b(?:viec|kha nang)\s+(?:ky|ki|ky ket|ki ket)\s+(?:mot\s+)?(?:ban\s+)?$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex SigningAsNoun();
}
