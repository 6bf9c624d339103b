using Enrollment.Modules.Registration.Domain.Students;

namespace Enrollment.Modules.Registration.Tests.Students;

/// <summary>What a reviewer's name search finds (ADR-0049), from a table of cases; and that a search's grams are always among the grams of the names it finds.</summary>
public class StudentNameSearchTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        // query, saved name, found
        { "张一二三", "张一二三", true },           // the full name
        { "一二三", "张一二三", true },             // the given name
        { "张一", "张一二三", true },               // surname and the first given character
        { "二三", "张一二三", true },               // the end of the given name
        { "一二", "张一二三", true },               // two characters inside
        { "欧阳", "欧阳小明", true },               // a compound surname
        { "阳小", "欧阳小明", true },
        { "张", "张小红", true },                   // one character: the surname
        { "小", "张小红", false },                  // one character elsewhere in the name: not found
        { "红", "张小红", false },
        { "张三", "张一二三", false },              // both characters, not adjacent
        { "一三", "张一二三", false },
        { "三二一", "张一二三", false },            // every pair present in another order: the substring test decides
        { "二三一", "二三四三一", false },
        { "二三一", "张二三一二", true },
        { "二三一", "张一二三一", true },
        { "张一二三四", "张一二三", false },        // longer than the name
        { "张 一二三", "张一二三", true },          // spaces are dropped
        { " 一二 ", "张一二三", true },
        { "古丽·买", "阿依古丽·买买提", true },     // minority names keep their separator
        { "古丽•买", "阿依古丽·买买提", true },     // typed with another dot
        { "古丽买", "阿依古丽·买买提", false },
        { "买买", "阿依古丽·买买提", true },        // a pair that occurs twice
        { "𠀀", "𠀀小明", true },                  // a character of Extension B (two UTF-16 units) is one character
        { "𠀀小", "𠀀小明", true },
        { "小", "𠀀小明", false },
        { "𠀀", "张𠀀明", false },
        { "", "张一二三", false },                  // nothing to search
        { "  ", "张一二三", false },
        { "%", "张一二三", false },                 // no name holds these
        { "张%", "张一二三", false },
        { "zhang", "张一二三", false },
        { "410185", "张一二三", false },
        { "张1", "张一二三", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Given_a_search_and_a_saved_name_When_matched_Then_it_is_found_only_as_the_table_says(string query, string name, bool found)
    {
        var search = StudentNameSearch.Parse(query);
        var saved = StudentName.Create(name, "name");

        Assert.Equal(found, search.Matches(saved.Value));
        if (found)
        {
            // Every gram of the search is stored for the name: the database's candidates never miss a match.
            Assert.All(search.Grams, gram => Assert.Contains(gram, StudentNameSearch.GramsOf(saved)));
        }
    }

    public static TheoryData<string, string[], bool, bool> Queries => new()
    {
        // query, grams, prefix, confirmed by the substring test
        { "张", ["张"], true, false },
        { "张一", ["张一"], false, false },
        { "张一二三", ["张一", "一二", "二三"], false, true },
        { "买买买", ["买买"], false, true },
        { "古丽·买", ["古丽", "丽·", "·买"], false, true },
        { "𠀀小明", ["𠀀小", "小明"], false, true },
        { "%", [], false, false },
        { "", [], false, false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Given_a_search_When_parsed_Then_its_grams_and_how_it_is_confirmed_follow_its_length(string query, string[] grams, bool prefix, bool confirmed)
    {
        var search = StudentNameSearch.Parse(query);

        Assert.Equal(grams, search.Grams);
        Assert.Equal(prefix, search.IsPrefix);
        Assert.Equal(confirmed, search.NeedsConfirmation);
        Assert.Equal(grams.Length > 0, search.CanMatch);
    }

    public static TheoryData<string, string[]> Names => new()
    {
        { "张一二三", ["张", "张一", "一二", "二三"] },
        { "王芳", ["王", "王芳"] },
        { "哈哈哈", ["哈", "哈哈"] },
        { "阿依·买提", ["阿", "阿依", "依·", "·买", "买提"] },
        { "𠀀小明", ["𠀀", "𠀀小", "小明"] },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Given_a_saved_name_When_its_grams_are_taken_Then_they_are_its_first_character_and_each_distinct_pair(string name, string[] grams)
    {
        Assert.Equal(grams, StudentNameSearch.GramsOf(StudentName.Create(name, "name")));
    }
}
