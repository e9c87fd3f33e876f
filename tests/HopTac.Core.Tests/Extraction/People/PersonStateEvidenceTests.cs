using HopTac.Core.Extraction.People;
using HopTac.Core.Extraction.Sentences;

namespace HopTac.Core.Tests.Extraction.People;

/// <summary>
/// A person the page gives no state takes a guessed one only on evidence: the state is clearly the most named one, and
/// the states named in what the person says do not count for them (composed sentences).
/// </summary>
public sealed class PersonStateEvidenceTests
{
    private static HopTac.Core.Facts.Person One(string text, string name) =>
        Assert.Single(PersonExtractor.Extract(SentenceSplitter.Split(text)), p => p.Name == name);

    [Fact]
    public void A_minister_on_a_page_naming_two_states_alike_gets_no_state()
    {
        var text = "Ba Lan muốn NATO đưa quân tới Ba Lan. Bộ trưởng Jan Kowalczyk nhận định quân đội Nga rất mạnh. "
            + "Nga cảnh báo Ba Lan và Nga sẽ đáp trả.";
        Assert.Null(One(text, "Jan Kowalczyk").Country);
    }

    [Fact]
    public void The_state_a_person_speaks_about_is_not_their_state()
    {
        var text = "Theo ông Kowalczyk, trong trường hợp Nga đưa quân, Nga sẽ có ưu thế. Ông Kowalczyk cũng cho biết Nga đe doạ khu vực.";
        Assert.Null(One(text, "Kowalczyk").Country);
    }

    [Fact]
    public void A_state_named_in_what_the_person_says_and_elsewhere_still_counts_from_elsewhere()
    {
        var text = "Ông Andrei Frolov đã làm việc ở Moskva nhiều năm tại Nga. Ông Andrei Frolov cho biết Syria cần thêm vũ khí.";
        Assert.Equal("RU", One(text, "Andrei Frolov").Country);
    }

    [Fact]
    public void A_state_named_twice_as_often_as_the_next_is_the_guess()
    {
        var text = "Mỹ và Mỹ và Mỹ thảo luận với Anh. Ông Robert Harris phát biểu tại hội nghị.";
        Assert.Equal("US", One(text, "Robert Harris").Country);
    }

    [Fact]
    public void A_lawyer_speaking_on_a_page_of_many_states_gets_none()
    {
        var text = "Gia đình các nạn nhân kiện hãng hàng không Malaysia. \"Chúng tôi kiện họ\", Balan Nair, luật sư của các gia đình, nói. "
            + "Nga bị cáo buộc, Ukraine điều tra, Nga và Ukraine tranh cãi.";
        Assert.Null(One(text, "Balan Nair").Country);
    }
}
